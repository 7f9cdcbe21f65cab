/**
 * Where a note sits in a post: WordPress's block editor anchors a note to a block by its id in
 * the block's comment attributes, `"metadata":{"noteId":[12]}` (7.1 writes a list, one id per
 * note on the block; 6.9 wrote a single number, `"noteId":12`, which 7.1 still reads). A note
 * on a selection of text also wraps that text in `<mark class="wp-note" data-id="12">…</mark>`
 * inside the block's HTML, which WordPress strips from the public page.
 *
 * These functions read and write that in block markup, nothing else: a block is named by its
 * path (its index among the top-level blocks, then among its parent's inner blocks).
 */
import { serializeAttributes } from '../../../shared/document/markup/block';
import { parseBlockMarkup, type Freeform, type ParsedBlock } from '../../../shared/document/markup/grammar';

export interface NoteAnchor {
  noteId: number;
  /** [2] is the third top-level block, [2, 0] its first inner block. */
  path: number[];
  /** "core/paragraph" … */
  blockName: string;
  /** The text a note on a selection marks, or null for a note on the whole block. */
  markedText: string | null;
}

interface LocatedBlock {
  block: ParsedBlock;
  path: number[];
  /** Where the block's opening comment starts in the markup, and its length. */
  openerAt: number;
  openerLength: number;
}

const opener = /<!--\s+wp:[a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?\s+(?:\{[\s\S]*?\}\s+)?\/?-->/y;
const noteMark = /<mark\b[^>]*\bclass="(?:[^"]*\s)?wp-note(?:\s[^"]*)?"[^>]*\bdata-id="(\d+)"[^>]*>([\s\S]*?)<\/mark>/g;

/** Every note anchored in the markup, in reading order. */
export function readNoteAnchors(markup: string): NoteAnchor[] {
  return locateBlocks(markup).flatMap(({ block, path }) => {
    const marked = markedTexts(block.innerContent.filter((piece): piece is string => piece !== null).join(''));
    return noteIdsOf(block.attrs).map((noteId) => ({ noteId, path, blockName: block.name, markedText: marked.get(noteId) ?? null }));
  });
}

/** Anchors the note to the block at `path`, as WordPress's editor does for a note on a whole block. */
export function anchorNote(markup: string, path: readonly number[], noteId: number): string {
  const target = locateBlocks(markup).find((located) => samePath(located.path, path));
  if (!target) throw new Error(`No block at ${path.join('.')} to anchor note ${noteId} to`);
  const ids = noteIdsOf(target.block.attrs);
  if (ids.includes(noteId)) return markup;
  return rewriteAttributes(markup, target, withNoteIds(target.block.name, target.block.attrs, [...ids, noteId]));
}

/** The markup with the note no longer anchored anywhere (its id and any mark of it removed). */
export function removeNoteAnchor(markup: string, noteId: number): string {
  let result = markup;
  for (const located of locateBlocks(markup).reverse()) {
    const ids = noteIdsOf(located.block.attrs);
    if (ids.includes(noteId))
      result = rewriteAttributes(
        result,
        located,
        withNoteIds(
          located.block.name,
          located.block.attrs,
          ids.filter((id) => id !== noteId),
        ),
      );
  }
  return unmark(result, (id) => id === noteId);
}

/**
 * The markup as if no note were anchored: every noteId and note mark taken out, metadata left
 * out where nothing else was in it. Markup Spalt wrote then reads back as it wrote it.
 */
export function withoutNoteAnchors(markup: string): string {
  let result = markup;
  for (const located of locateBlocks(markup).reverse()) {
    if (noteIdsOf(located.block.attrs).length > 0)
      result = rewriteAttributes(result, located, withNoteIds(located.block.name, located.block.attrs, []));
  }
  return unmark(result, () => true);
}

function locateBlocks(markup: string): LocatedBlock[] {
  const found: LocatedBlock[] = [];
  const visit = (nodes: ReadonlyArray<ParsedBlock | Freeform>, from: number, path: number[]) => {
    let cursor = from;
    let index = 0;
    for (const node of nodes) {
      if (node.kind !== 'block') continue;
      const at = markup.indexOf(node.source, cursor);
      opener.lastIndex = at;
      const match = at < 0 ? null : opener.exec(markup);
      if (!match) throw new Error(`Block ${node.name} not found where the parser read it`);
      const blockPath = [...path, index];
      found.push({ block: node, path: blockPath, openerAt: at, openerLength: match[0].length });
      visit(node.innerBlocks, at + match[0].length, blockPath);
      cursor = at + node.source.length;
      index += 1;
    }
  };
  visit(parseBlockMarkup(markup), 0, []);
  return found;
}

function noteIdsOf(attrs: Readonly<Record<string, unknown>>): number[] {
  const metadata = attrs.metadata;
  if (typeof metadata !== 'object' || metadata === null) return [];
  const value = (metadata as { noteId?: unknown }).noteId;
  const ids = (Array.isArray(value) ? value : [value]).map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
  return [...new Set(ids)];
}

/**
 * The block's own attributes (its block.json, 7.1), in the order WordPress's serializer writes
 * them: `metadata` follows them and comes before any a block support adds (className, layout).
 */
const ownAttributes: Record<string, readonly string[]> = {
  'core/paragraph': ['align', 'content', 'dropCap', 'placeholder', 'direction'],
  'core/heading': ['textAlign', 'content', 'level', 'levelOptions', 'placeholder'],
  'core/list': ['ordered', 'values', 'type', 'start', 'reversed', 'placeholder'],
  'core/list-item': ['placeholder', 'content'],
  'core/quote': ['value', 'citation', 'textAlign'],
  'core/pullquote': ['value', 'citation', 'textAlign'],
  'core/image': [
    'blob',
    'url',
    'alt',
    'caption',
    'lightbox',
    'title',
    'href',
    'rel',
    'linkClass',
    'id',
    'width',
    'height',
    'aspectRatio',
    'scale',
    'focalPoint',
    'sizeSlug',
    'linkDestination',
    'linkTarget',
    'isDecorative',
  ],
  'core/group': ['tagName', 'templateLock'],
  'core/separator': ['opacity', 'tagName'],
  'core/html': ['content'],
};

function withNoteIds(blockName: string, attrs: Readonly<Record<string, unknown>>, ids: readonly number[]): Record<string, unknown> {
  const { metadata, ...rest } = attrs;
  const { noteId: _old, ...otherMetadata } = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>) : {};
  const nextMetadata = ids.length > 0 ? { ...otherMetadata, noteId: [...ids] } : otherMetadata;
  if (Object.keys(nextMetadata).length === 0) return rest;
  const own = ownAttributes[blockName];
  const entries = Object.entries(rest);
  const at = own ? entries.findIndex(([key]) => !own.includes(key)) : -1;
  const split = at < 0 ? entries.length : at;
  return Object.fromEntries([...entries.slice(0, split), ['metadata', nextMetadata], ...entries.slice(split)]);
}

function rewriteAttributes(markup: string, located: LocatedBlock, attrs: Record<string, unknown>): string {
  const old = markup.slice(located.openerAt, located.openerAt + located.openerLength);
  const name = /^<!--\s+(wp:\S+)/.exec(old)?.[1] ?? '';
  const selfClosing = /\/-->$/.test(old);
  const json = Object.keys(attrs).length > 0 ? `${serializeAttributes(attrs)} ` : '';
  const next = `<!-- ${name} ${json}${selfClosing ? '/' : ''}-->`;
  return markup.slice(0, located.openerAt) + next + markup.slice(located.openerAt + located.openerLength);
}

function markedTexts(html: string): Map<number, string> {
  return new Map([...html.matchAll(noteMark)].map((match) => [Number(match[1]), (match[2] ?? '').replace(/<[^>]*>/g, '')] as const));
}

function unmark(markup: string, drop: (noteId: number) => boolean): string {
  return markup.replace(noteMark, (whole, id: string, inner: string) => (drop(Number(id)) ? inner : whole));
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
