/**
 * A post on the site read back as an article: the header blocks Spalt writes above the body
 * (label, lead, bylines or disclaimer, sponsor; content.ts) become the article's fields, the
 * rest the body through the block markup readers, which keep any block they cannot edit
 * verbatim. A post not written in Spalt has no header: all of it is body. Note anchors are
 * taken out first; they are the site's, and Spalt keeps notes beside the article.
 */
import type { ArticleDraft, ArticleKind } from '../../../shared/article/article';
import { bylineSiteLabels } from '../../../shared/article/article-fields';
import type { Byline, BylineRole } from '../../../shared/article/byline';
import { blocksToDocument } from '../../../shared/document/markup/from-blocks';
import { photoFromBlocks } from '../../../shared/document/nodes/photo/from-blocks';
import type { Photo } from '../../../shared/document/nodes/photo/node';
import { innerHtml, parseBlockMarkup, type Freeform, type ParsedBlock } from '../../../shared/document/markup/grammar';
import { textStats } from '../../../shared/document/text-stats';
import { bodyPlainText } from '../../../shared/document/plain-text';
import { noteText } from '../wordpress/editorial-notes';
import { withoutNoteAnchors } from '../wordpress/note-anchors';
import { isCorrectionBlock } from '../outbox/corrections';

const headerClasses = ['spalt-label', 'spalt-photo-caption', 'spalt-lead', 'spalt-disclaimer', 'spalt-byline', 'spalt-sponsor'] as const;
type HeaderClass = (typeof headerClasses)[number];

function headerClassOf(item: ParsedBlock | Freeform): HeaderClass | null {
  if (item.kind !== 'block' || item.name !== 'core/paragraph') return null;
  const className = typeof item.attrs.className === 'string' ? item.attrs.className.split(/\s+/) : [];
  return headerClasses.find((name) => className.includes(name)) ?? null;
}

/**
 * The main photo Spalt writes above the lead (content.ts): an image naming a library photo by its
 * class, where at most the label stands before it and more of the header (lead, byline …) after
 * it; a photo the body begins with has body after it.
 */
function headerPhotoAt(items: ReadonlyArray<ParsedBlock | Freeform>, index: number, seen: ReadonlySet<HeaderClass>): Photo | null {
  const item = items[index];
  if (item?.kind !== 'block' || item.name !== 'core/image' || [...seen].some((kind) => kind !== 'spalt-label')) return null;
  const next = items.slice(index + 1).find((candidate) => candidate.kind === 'block');
  if (!next || headerClassOf(next) === null) return null;
  const photo = photoFromBlocks(item);
  return photo?.photoId ? photo : null;
}

/** How many blocks of the markup are Spalt's header, above the body: a note on body block i sits on block (count + i). */
export function headerBlockCount(markup: string): number {
  let count = 0;
  const seen = new Set<HeaderClass>();
  const items = parseBlockMarkup(markup);
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'block') continue;
    const kind = headerClassOf(item);
    if (kind === null && headerPhotoAt(items, index, seen) === null) break;
    if (kind !== null) seen.add(kind);
    count += 1;
  }
  return count;
}

export interface PostTexts {
  title: string;
  excerpt: string;
  content: string;
}

const bylineRoles = Object.fromEntries(Object.entries(bylineSiteLabels).map(([role, label]) => [label, role])) as Record<
  string,
  BylineRole
>;

function bylinesOf(line: string): Byline[] {
  const match = /^([^:]+):\s*(.+)$/.exec(line);
  const role = match ? bylineRoles[match[1]!.trim()] : undefined;
  if (!match || !role) return [];
  return match[2]!
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ role, name: name.slice(0, 120), personId: null }));
}

/**
 * The post as an article. `mainPhoto` names the library photo a header photo is (a photo received
 * with a submission); one it does not know stays, first in the body, as the image it is.
 */
export function draftFromPost(post: PostTexts, options: { mainPhoto?: (photo: Photo) => string | null } = {}): ArticleDraft {
  const items = parseBlockMarkup(withoutNoteAnchors(post.content));
  const header = { label: '', lead: '', disclaimer: '', sponsor: '', bylines: [] as Byline[] };
  const seen = new Set<HeaderClass>();
  let mainPhotoId: string | null = null;
  const photoInBody: Array<ParsedBlock | Freeform> = [];
  let at = 0;
  for (; at < items.length; at++) {
    const item = items[at]!;
    const photo = headerPhotoAt(items, at, seen);
    if (photo) {
      mainPhotoId = options.mainPhoto?.(photo) ?? null;
      if (mainPhotoId === null) photoInBody.push(item);
      continue;
    }
    const kind = headerClassOf(item);
    if (kind === null || item.kind !== 'block') break;
    seen.add(kind);
    const text = noteText(innerHtml(item));
    if (kind === 'spalt-label') header.label = text;
    else if (kind === 'spalt-lead') header.lead = text;
    else if (kind === 'spalt-disclaimer') header.disclaimer = text;
    else if (kind === 'spalt-sponsor') header.sponsor = text.replace(/^I samarbete med\s+/, '');
    else if (kind === 'spalt-byline') header.bylines.push(...bylinesOf(text));
  }
  // Corrections are printed from Spalt's corrections log at each publish, never part of the body.
  const bodyItems = [...photoInBody, ...items.slice(at)].filter((item) => !isCorrectionBlock(item));
  const body = blocksToDocument(bodyItems.map((item) => item.source).join('\n\n'));
  const lead = noteText(post.excerpt) || header.lead;
  const draft: ArticleDraft = {
    kind: 'news',
    kicker: '',
    headline: noteText(post.title),
    lead,
    bylines: header.bylines.slice(0, 10),
    label: header.label,
    disclaimer: header.disclaimer,
    sponsor: header.sponsor,
    mainPhotoId,
    body,
  };
  return { ...draft, kind: kindOf(draft) };
}

/** The kind as the post shows it: a disclaimer is an opinion piece, a sponsor an advert, questions an interview. */
export function kindOf(draft: Pick<ArticleDraft, 'disclaimer' | 'sponsor' | 'label' | 'body'>): ArticleKind {
  if (draft.disclaimer !== '') return 'opinion';
  if (draft.sponsor !== '' || /^annons/i.test(draft.label)) return 'sponsored';
  if (draft.body.root.children.some((node) => (node as { type?: string }).type === 'interview-question')) return 'interview';
  return 'news';
}

/** Words of the post as a reader counts them. */
export function postWords(draft: ArticleDraft): number {
  return textStats([draft.lead, bodyPlainText(draft.body)].join('\n')).words;
}
