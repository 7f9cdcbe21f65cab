/** A block as it stands in the markup, with the exact text it was read from. */
export interface ParsedBlock {
  kind: 'block';
  /** Full name, "core/paragraph" for "wp:paragraph". */
  name: string;
  attrs: Readonly<Record<string, unknown>>;
  /** False when the comment's attributes are not a JSON object. */
  attrsValid: boolean;
  innerBlocks: ParsedBlock[];
  /** The block's HTML in pieces, a null where each inner block stands. */
  innerContent: Array<string | null>;
  source: string;
}

/** HTML between blocks, outside any block comment. */
export interface Freeform {
  kind: 'freeform';
  source: string;
}

interface Frame {
  name: string;
  attrsText: string | undefined;
  start: number;
  innerBlocks: ParsedBlock[];
  innerContent: Array<string | null>;
}

const delimiter = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

/**
 * Reads WordPress block markup. A block whose closing comment never comes has its opening
 * comment read as plain HTML instead, so nothing in the input is left out.
 */
export function parseBlockMarkup(markup: string): Array<ParsedBlock | Freeform> {
  const plainOpeners = new Set<number>();
  for (;;) {
    const result = tryParse(markup, plainOpeners);
    if (Array.isArray(result)) return result;
    plainOpeners.add(result.unclosedAt);
  }
}

function tryParse(markup: string, plainOpeners: ReadonlySet<number>): Array<ParsedBlock | Freeform> | { unclosedAt: number } {
  const top: Array<ParsedBlock | Freeform> = [];
  const stack: Frame[] = [];
  let freeformStart = 0;
  let textStart = 0;

  const addText = (end: number) => {
    const frame = stack[stack.length - 1];
    if (frame && end > textStart) appendHtml(frame, markup.slice(textStart, end));
  };
  const flushFreeform = (end: number) => {
    const text = markup.slice(freeformStart, end).trim();
    if (text !== '') top.push({ kind: 'freeform', source: text });
  };
  const addBlock = (block: ParsedBlock) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.innerBlocks.push(block);
      parent.innerContent.push(null);
    } else top.push(block);
  };

  delimiter.lastIndex = 0;
  for (let match = delimiter.exec(markup); match !== null; match = delimiter.exec(markup)) {
    const [token, closer, namespace, shortName, attrsText, selfClosing] = match;
    const start = match.index;
    const end = start + token.length;
    const name = `${namespace ?? 'core/'}${shortName ?? ''}`;
    if (closer === undefined && !plainOpeners.has(start)) {
      addText(start);
      if (stack.length === 0) flushFreeform(start);
      if (selfClosing !== undefined) {
        addBlock(makeBlock(name, attrsText, [], [], markup.slice(start, end)));
        if (stack.length === 0) freeformStart = end;
      } else {
        stack.push({ name, attrsText, start, innerBlocks: [], innerContent: [] });
      }
      textStart = end;
      continue;
    }
    const frame = stack[stack.length - 1];
    if (closer !== undefined && frame !== undefined && frame.name === name && attrsText === undefined && selfClosing === undefined) {
      addText(start);
      stack.pop();
      addBlock(makeBlock(name, frame.attrsText, frame.innerBlocks, frame.innerContent, markup.slice(frame.start, end)));
      textStart = end;
      if (stack.length === 0) freeformStart = end;
    }
    // Any other comment (a stray closer, an opener read as text) stays part of the surrounding HTML.
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) return { unclosedAt: unclosed.start };
  flushFreeform(markup.length);
  return top;
}

function appendHtml(frame: Frame, html: string): void {
  const last = frame.innerContent.length - 1;
  const previous = frame.innerContent[last];
  if (typeof previous === 'string') frame.innerContent[last] = previous + html;
  else frame.innerContent.push(html);
}

function makeBlock(
  name: string,
  attrsText: string | undefined,
  innerBlocks: ParsedBlock[],
  innerContent: Array<string | null>,
  source: string,
): ParsedBlock {
  const attrs = attrsText === undefined ? {} : parseAttributes(attrsText);
  return { kind: 'block', name, attrs: attrs ?? {}, attrsValid: attrs !== null, innerBlocks, innerContent, source };
}

function parseAttributes(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The HTML of a block without its inner blocks. */
export function innerHtml(block: ParsedBlock): string {
  return block.innerContent.filter((piece): piece is string => piece !== null).join('');
}
