/**
 * The two sides of a merge as the site sees them. `syncedDraftOf` keeps, at each sync, the draft
 * with the markup the site holds for each of its blocks; `siteDraftOf` reads a post changed on
 * the site back into a draft against that ancestor: a block whose markup is as it was is the
 * ancestor's block (its id and its library photo kept), any other block is read from the markup,
 * and the fields Spalt writes into the header (label, lead, bylines…) come from the ancestor,
 * except the lead (the post's excerpt) and the kicker and headline (its title).
 */
import type { ArticleDraft } from '../../../shared/article/article';
import type { BodyDocument } from '../../../shared/document/body';
import { withAllowedUrls } from '../../../shared/document/body-urls';
import { blocksToDocument } from '../../../shared/document/markup/from-blocks';
import { parseBlockMarkup } from '../../../shared/document/markup/grammar';
import type { SerializedBodyNode } from '../../../shared/document/markup/serialized';
import { alignBlocks } from '../../../shared/revisions/align';
import { blockInfo } from '../../../shared/revisions/block-content';
import { blockIdOf, withBlockId } from '../../../shared/revisions/block-id';
import type { PostSnapshot } from '../../db/remote-posts';
import type { SyncedDraft } from '../../db/synced-drafts';
import { postTitle, type ContentParts } from './content';
import { correctionClass } from './corrections';

/** The classes of the paragraphs Spalt writes around the body from the article's fields and its corrections. */
const headerClasses = new Set([
  'spalt-label',
  'spalt-photo-caption',
  'spalt-lead',
  'spalt-disclaimer',
  'spalt-byline',
  'spalt-sponsor',
  correctionClass,
]);

const sourcesOf = (markup: string): string[] => parseBlockMarkup(markup).map((item) => item.source.trim());

/**
 * The ancestor to keep after a sync: the draft sent, with each part's markup as the site gave it
 * back (WordPress may tidy what it stores), or as sent when the two cannot be paired block by block.
 */
export function syncedDraftOf(draft: ArticleDraft, sent: ContentParts, storedContent: string, now: string): SyncedDraft {
  // The corrections at the end are paired too, then left out: they are no part of the article.
  const sentParts = [...sent.header, ...sent.blocks, ...(sent.footer ?? [])];
  const counts = sentParts.map((part) => (part === '' ? 0 : sourcesOf(part).length));
  const stored = sourcesOf(storedContent);
  let parts = sentParts.map((part) => part.trim());
  if (stored.length === counts.reduce((sum, count) => sum + count, 0)) {
    let at = 0;
    parts = counts.map((count) => {
      const part = stored.slice(at, at + count).join('\n\n');
      at += count;
      return part;
    });
  }
  const bodyEnd = sent.header.length + sent.blocks.length;
  return { draft, header: parts.slice(0, sent.header.length), blocks: parts.slice(sent.header.length, bodyEnd), syncedAt: now };
}

function splitTitle(title: string, ancestor: ArticleDraft): { kicker: string; headline: string } {
  const kicker = ancestor.kicker.trim();
  if (kicker !== '') {
    const prefix = postTitle(kicker, '\u0000').split('\u0000')[0] ?? '';
    if (title.startsWith(prefix)) return { kicker: ancestor.kicker, headline: title.slice(prefix.length) };
  }
  return { kicker: kicker === '' ? ancestor.kicker : '', headline: title };
}

/**
 * A block edited on the site is read from its markup, which carries no id: it takes the id of
 * the ancestor block it pairs with (as the revision engines pair them), so the merge and the
 * editor keep following it as the same block.
 */
function keepIds(ancestor: readonly SerializedBodyNode[], site: SerializedBodyNode[]): void {
  const used = new Set(site.map((block) => blockIdOf(block)).filter((id) => id !== null));
  const { newToOld } = alignBlocks(ancestor.map(blockInfo), site.map(blockInfo));
  site.forEach((block, index) => {
    const paired = ancestor[newToOld[index] ?? -1];
    const id = paired ? blockIdOf(paired) : null;
    if (id === null || blockIdOf(block) !== null || used.has(id)) return;
    used.add(id);
    site[index] = withBlockId(block, id);
  });
}

function isHeaderBlock(source: string): boolean {
  const [block] = parseBlockMarkup(source);
  if (block?.kind !== 'block' || block.name !== 'core/paragraph') return false;
  const className = block.attrs.className;
  return typeof className === 'string' && className.split(/\s+/).some((name) => headerClasses.has(name));
}

/** The post as it is on the site, as a draft to merge, with the markup of each of its parts (the next ancestor, once merged). */
export function siteDraftOf(ancestor: SyncedDraft, post: PostSnapshot, synced: PostSnapshot | null): SyncedDraft {
  const base = ancestor.draft;
  const ancestorBlocks = base.body.root.children as SerializedBodyNode[];
  const unchanged = new Map<string, number[]>();
  ancestorBlocks.forEach((_block, index) => {
    const markup = ancestor.blocks[index];
    if (markup) unchanged.set(markup, [...(unchanged.get(markup) ?? []), index]);
  });
  const header = new Set(ancestor.header);
  const children: SerializedBodyNode[] = [];
  const blocks: string[] = [];
  const keptHeader: string[] = [];
  // A block that writes no markup (an empty paragraph) is not on the site; it stays where it stood.
  const keepSilentFrom = (index: number) => {
    for (let at = index; at < ancestorBlocks.length && !ancestor.blocks[at]; at += 1) {
      children.push(ancestorBlocks[at] as SerializedBodyNode);
      blocks.push('');
    }
  };
  keepSilentFrom(0);
  for (const source of sourcesOf(post.content)) {
    const same = unchanged.get(source)?.shift();
    if (same !== undefined) {
      children.push(ancestorBlocks[same] as SerializedBodyNode);
      blocks.push(source);
      keepSilentFrom(same + 1);
    } else if (header.has(source) || isHeaderBlock(source)) {
      // Written from the article's fields, not part of the body.
      keptHeader.push(source);
    } else {
      for (const node of blocksToDocument(source).root.children as SerializedBodyNode[]) {
        children.push(node);
        blocks.push(source);
      }
    }
  }
  keepIds(ancestorBlocks, children);
  const title =
    synced !== null && post.title === synced.title ? { kicker: base.kicker, headline: base.headline } : splitTitle(post.title, base);
  const lead = synced !== null && post.excerpt === synced.excerpt ? base.lead : post.excerpt;
  // Whatever was written on the site meets the same address policy as what is typed here.
  const body: BodyDocument = withAllowedUrls({ root: { ...base.body.root, children } });
  return { draft: { ...base, ...title, lead, body }, header: keptHeader, blocks, syncedAt: ancestor.syncedAt };
}
