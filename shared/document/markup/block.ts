/** A block to write: its HTML, with its inner blocks between `before` and `after`. */
export interface BlockOut {
  name: string;
  attrs?: Readonly<Record<string, unknown>>;
  before: string;
  inner?: readonly MarkupOut[];
  after?: string;
}

/** Markup kept from elsewhere, written back exactly as it was read. */
export interface VerbatimOut {
  verbatim: string;
}

export type MarkupOut = BlockOut | VerbatimOut;

/** Writes blocks the way WordPress's serializer does: one blank line between siblings. */
export function serializeBlocks(blocks: readonly MarkupOut[]): string {
  return blocks.map(serializeBlock).join('\n\n');
}

function serializeBlock(block: MarkupOut): string {
  if ('verbatim' in block) return block.verbatim;
  const name = block.name.startsWith('core/') ? block.name.slice('core/'.length) : block.name;
  const attrs = block.attrs && Object.keys(block.attrs).length > 0 ? `${serializeAttributes(block.attrs)} ` : '';
  const content = `${block.before}${serializeBlocks(block.inner ?? [])}${block.after ?? ''}`;
  if (content === '') return `<!-- wp:${name} ${attrs}/-->`;
  return `<!-- wp:${name} ${attrs}-->\n${content}\n<!-- /wp:${name} -->`;
}

/** JSON in a block comment, escaped as WordPress does so it can never end the comment. */
export function serializeAttributes(attrs: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(attrs)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}
