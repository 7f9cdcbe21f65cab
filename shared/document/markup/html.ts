import { Parser } from 'htmlparser2';

export interface HtmlElement {
  kind: 'element';
  tag: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  kind: 'text';
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

const voidTags = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'area', 'col', 'embed', 'track', 'param', 'base']);

/**
 * Parses an HTML fragment into a small tree, or returns null when the markup is not well formed
 * (an element closed by implication, a stray end tag, a comment): such markup is kept verbatim.
 */
export function parseHtml(html: string): HtmlNode[] | null {
  const root: HtmlElement = { kind: 'element', tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let wellFormed = true;
  let explicitEnds = 0;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const element: HtmlElement = { kind: 'element', tag, attributes, children: [] };
        stack[stack.length - 1]?.children.push(element);
        stack.push(element);
      },
      onclosetag(tag, isImplied) {
        stack.pop();
        if (!isImplied) explicitEnds += 1;
        else if (!voidTags.has(tag)) wellFormed = false;
      },
      ontext(text) {
        const parent = stack[stack.length - 1];
        const last = parent?.children[parent.children.length - 1];
        if (last?.kind === 'text') last.text += text;
        else parent?.children.push({ kind: 'text', text });
      },
      oncomment() {
        wellFormed = false;
      },
      onprocessinginstruction() {
        wellFormed = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  // Stray end tags never reach onclosetag; counting the end tags in the source finds them.
  const endTagsInSource = html.match(/<\/[a-zA-Z]/g)?.length ?? 0;
  if (!wellFormed || endTagsInSource !== explicitEnds) return null;
  return root.children;
}

/** The one element a block's HTML holds, between the newlines WordPress puts around it. */
export function singleElement(nodes: HtmlNode[]): HtmlElement | null {
  const meaningful = nodes.filter((node) => node.kind === 'element' || node.text.trim() !== '');
  const only = meaningful[0];
  return meaningful.length === 1 && only?.kind === 'element' ? only : null;
}

export function elementChildren(element: HtmlElement): HtmlElement[] | null {
  const meaningful = element.children.filter((node) => node.kind === 'element' || node.text.trim() !== '');
  return meaningful.every((node): node is HtmlElement => node.kind === 'element') ? meaningful : null;
}

/** True when the element has exactly these attributes (values compared when given). */
export function hasOnlyAttributes(element: HtmlElement, expected: Record<string, string | undefined>): boolean {
  const names = Object.keys(element.attributes);
  if (names.some((name) => !(name in expected))) return false;
  return Object.entries(expected).every(([name, value]) => (value === undefined ? true : element.attributes[name] === value));
}

/** The text of an element without attributes holding nothing but text, or null. */
export function plainTextOf(element: HtmlElement): string | null {
  if (!hasOnlyAttributes(element, {})) return null;
  return element.children.every((child) => child.kind === 'text') ? element.children.map(textOf).join('') : null;
}

export function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

/**
 * Text inside a block's rich text. WordPress reads that HTML back through the browser's
 * innerHTML, which writes these four characters as entities, so this matches its saved bytes.
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

/**
 * An attribute inside rich text (a link's href), as innerHTML writes it; Chromium has escaped
 * < and > in attributes too since the HTML standard changed in 2025.
 */
export function escapeInlineAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** An attribute WordPress's element serializer writes itself (an image's src and alt). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/>/g, '&gt;');
}
