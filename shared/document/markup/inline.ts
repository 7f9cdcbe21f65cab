import { escapeInlineAttribute, escapeText, hasOnlyAttributes, type HtmlNode } from './html';
import { childrenOf, elementNode, stringField, textNode, type SerializedBodyNode } from './serialized';

interface FormatTag {
  bit: number;
  open: string;
  close: string;
}

/** Lexical's text format bits, outermost first: the order tags nest in the markup. */
const formatTags: readonly FormatTag[] = [
  { bit: 1, open: '<strong>', close: '</strong>' },
  { bit: 2, open: '<em>', close: '</em>' },
  // WordPress's underline format is a span, as its editor writes it.
  { bit: 8, open: '<span style="text-decoration: underline;">', close: '</span>' },
  { bit: 4, open: '<s>', close: '</s>' },
  { bit: 16, open: '<code>', close: '</code>' },
  { bit: 32, open: '<sub>', close: '</sub>' },
  { bit: 64, open: '<sup>', close: '</sup>' },
];

/** Inline content (text, line breaks, links) as rich-text HTML; shared formats of neighbours share a tag. */
export function inlineToHtml(nodes: readonly SerializedBodyNode[]): string {
  let html = '';
  let open: FormatTag[] = [];
  const closeAll = () => {
    html += open
      .map((tag) => tag.close)
      .reverse()
      .join('');
    open = [];
  };
  for (const node of nodes) {
    if (node.type === 'linebreak') {
      html += '<br>';
    } else if (node.type === 'link') {
      closeAll();
      html += `<a${linkAttributes(node)}>${inlineToHtml(childrenOf(node))}</a>`;
    } else {
      const text = stringField(node, 'text') ?? '';
      if (text === '') continue;
      const format = typeof node.format === 'number' ? node.format : 0;
      const wanted = formatTags.filter((tag) => (format & tag.bit) !== 0);
      let keep = 0;
      while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep += 1;
      html += open
        .slice(keep)
        .map((tag) => tag.close)
        .reverse()
        .join('');
      html += wanted
        .slice(keep)
        .map((tag) => tag.open)
        .join('');
      open = wanted;
      html += escapeText(text);
    }
  }
  closeAll();
  return html;
}

function linkAttributes(node: SerializedBodyNode): string {
  let html = '';
  for (const key of ['url', 'target', 'rel', 'title']) {
    const value = stringField(node, key);
    if (value !== null) html += ` ${key === 'url' ? 'href' : key}="${escapeInlineAttribute(value)}"`;
  }
  return html;
}

const formatOfTag: Readonly<Record<string, number>> = { strong: 1, b: 1, em: 2, i: 2, u: 8, s: 4, del: 4, code: 16, sub: 32, sup: 64 };

/** Reads inline HTML back into Lexical's inline nodes, or null for anything it cannot hold. */
export function htmlToInline(nodes: readonly HtmlNode[]): SerializedBodyNode[] | null {
  const out: SerializedBodyNode[] = [];
  return readInline(nodes, 0, true, out) ? mergeTexts(out) : null;
}

function readInline(nodes: readonly HtmlNode[], format: number, linksAllowed: boolean, out: SerializedBodyNode[]): boolean {
  for (const node of nodes) {
    if (node.kind === 'text') {
      if (node.text !== '') out.push(textNode(node.text, format));
      continue;
    }
    const { tag, attributes } = node;
    if (tag === 'br' && hasOnlyAttributes(node, {}) && node.children.length === 0) {
      out.push({ type: 'linebreak', version: 1 });
    } else if (
      tag === 'a' &&
      linksAllowed &&
      attributes.href !== undefined &&
      hasOnlyAttributes(node, { href: undefined, target: undefined, rel: undefined, title: undefined })
    ) {
      const children: SerializedBodyNode[] = [];
      if (!readInline(node.children, format, false, children)) return false;
      out.push(
        elementNode('link', mergeTexts(children), {
          url: attributes.href,
          rel: attributes.rel ?? null,
          target: attributes.target ?? null,
          title: attributes.title ?? null,
        }),
      );
    } else if (tag === 'span' && hasOnlyAttributes(node, { style: 'text-decoration: underline;' })) {
      if (!readInline(node.children, format | 8, linksAllowed, out)) return false;
    } else if (formatOfTag[tag] !== undefined && hasOnlyAttributes(node, {})) {
      if (!readInline(node.children, format | formatOfTag[tag], linksAllowed, out)) return false;
    } else {
      return false;
    }
  }
  return true;
}

function mergeTexts(nodes: SerializedBodyNode[]): SerializedBodyNode[] {
  const merged: SerializedBodyNode[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node.type === 'text' && last.format === node.format) {
      merged[merged.length - 1] = textNode(`${String(last.text)}${String(node.text)}`, Number(node.format));
    } else merged.push(node);
  }
  return merged;
}
