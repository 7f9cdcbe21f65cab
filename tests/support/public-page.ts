/**
 * A post's public page as a logged-out reader gets it, read as the parts a reader sees, in
 * order: the post's title, photos (by alt text), paragraphs (with their classes and whether
 * they are set in bold), headings, list items, captions, quotes' citations, separators and ad
 * slots, from the top of the page's <main> to the end of the post's content. Everything after
 * the content (post meta, comments, other posts) is left out.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: unknown }>;
type DomText = Extract<DomNode, { data: string }>;

const isTag = (node: DomNode): node is DomElement => 'attribs' in node;
const isText = (node: DomNode): node is DomText => node.type === ElementType.Text;

export type PagePart =
  | { kind: 'img'; alt: string; src: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'p'; classes: string[]; text: string; bold: boolean; links: Array<{ href: string; text: string }> }
  | { kind: 'li'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'cite'; text: string }
  | { kind: 'hr' }
  | { kind: 'ad-slot' };

/**
 * Text as a reader compares it: WordPress prints the post through wptexturize (curly quotes,
 * en dashes, an ellipsis), a line break reads as a space, and runs of white space as one.
 */
export function readerText(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function textOf(node: DomNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

const classesOf = (node: DomNode) => (isTag(node) ? (DomUtils.getAttributeValue(node, 'class') ?? '').split(/\s+/).filter(Boolean) : []);

/** True when the paragraph's only content is one <strong> (or <b>): what a reader sees as a bold paragraph. */
function isBold(node: DomNode): boolean {
  if (!isTag(node)) return false;
  const meaningful = node.children.filter((child) => !(isText(child) && child.data.trim() === ''));
  const only = meaningful[0];
  return meaningful.length === 1 && only !== undefined && isTag(only) && (only.name === 'strong' || only.name === 'b');
}

function partOf(node: DomNode): PagePart | null {
  if (!isTag(node)) return null;
  const text = readerText(textOf(node));
  switch (node.name) {
    case 'img':
      return { kind: 'img', alt: DomUtils.getAttributeValue(node, 'alt') ?? '', src: DomUtils.getAttributeValue(node, 'src') ?? '' };
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return { kind: 'heading', level: Number(node.name.slice(1)), text };
    case 'p': {
      const links = DomUtils.getElementsByTagName('a', node).map((a) => ({
        href: DomUtils.getAttributeValue(a, 'href') ?? '',
        text: readerText(textOf(a)),
      }));
      return { kind: 'p', classes: classesOf(node), text, bold: isBold(node), links };
    }
    case 'li':
      return { kind: 'li', text };
    case 'figcaption':
      return { kind: 'caption', text };
    case 'cite':
      return { kind: 'cite', text };
    case 'hr':
      return { kind: 'hr' };
    case 'div':
      return classesOf(node).includes('spalt-ad-slot') ? { kind: 'ad-slot' } : null;
    default:
      return null;
  }
}

/** The page's parts from the top of <main> to the end of the post's content (the theme's post-content block). */
export function pageParts(html: string): PagePart[] {
  const document = parseDocument(html);
  const main = DomUtils.getElementsByTagName('main', document)[0];
  if (!main) throw new Error('The page has no <main>');
  const parts: PagePart[] = [];
  let done = false;
  const walk = (node: DomNode) => {
    if (done) return;
    const part = partOf(node);
    if (part) parts.push(part);
    // A paragraph, heading or caption is one part; only containers are walked into.
    if (isTag(node) && !['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'cite'].includes(node.name)) {
      for (const child of node.children) walk(child);
    }
    if (classesOf(node).includes('wp-block-post-content')) done = true;
  };
  walk(main);
  if (!done) throw new Error('The page has no post content (.wp-block-post-content) in <main>');
  return parts;
}

/** What a reader should find, and how to recognise it. */
export interface Expected {
  what: string;
  is: (part: PagePart) => boolean;
}

/**
 * The index of each expected part, found in this order on the page (each after the one before).
 * A part that is missing, or out of order, fails with what was expected and what came instead.
 */
export function findInOrder(parts: readonly PagePart[], expected: readonly Expected[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const item of expected) {
    const index = parts.findIndex((part, at) => at >= from && item.is(part));
    if (index === -1) {
      const earlier = parts.findIndex((part) => item.is(part));
      const where = earlier === -1 ? 'is not on the page' : `is on the page, but before the part expected ahead of it (at ${earlier})`;
      const next = parts.slice(from, from + 6).map((part) => JSON.stringify(part).slice(0, 160));
      throw new Error(`${item.what} ${where}. After part ${from} the page has:\n  ${next.join('\n  ')}`);
    }
    found.push(index);
    from = index + 1;
  }
  return found;
}

const same = (a: string, b: string) => readerText(a) === readerText(b);

/** A paragraph with this text (and this class, when given). */
export function paragraph(what: string, text: string, className?: string): Expected {
  return {
    what: `${what} ("${text.slice(0, 60)}")`,
    is: (part) => part.kind === 'p' && same(part.text, text) && (className === undefined || part.classes.includes(className)),
  };
}

/** A paragraph with this text that a reader sees in bold. */
export function boldParagraph(what: string, text: string, className: string): Expected {
  const plain = paragraph(what, text, className);
  return { what: `${plain.what} in bold`, is: (part) => plain.is(part) && part.kind === 'p' && part.bold };
}

export function heading(what: string, text: string, level?: number): Expected {
  return {
    what: `${what} ("${text}")`,
    is: (part) => part.kind === 'heading' && same(part.text, text) && (level === undefined || part.level === level),
  };
}

export function image(what: string, alt: string): Expected {
  return { what: `${what} (alt "${alt}")`, is: (part) => part.kind === 'img' && part.alt === alt };
}

/** A caption: under an image in the content, or the caption paragraph under a theme's featured image. */
export function caption(what: string, text: string): Expected {
  return {
    what: `${what} ("${text}")`,
    is: (part) => (part.kind === 'caption' || (part.kind === 'p' && part.classes.includes('spalt-photo-caption'))) && same(part.text, text),
  };
}

export function listItem(text: string): Expected {
  return {
    what: `list item ("${text.slice(0, 60)}")`,
    is: (part) => part.kind === 'li' && readerText(part.text).startsWith(readerText(text)),
  };
}

export function citation(text: string): Expected {
  return { what: `citation ("${text}")`, is: (part) => part.kind === 'cite' && same(part.text, text) };
}

export const separator: Expected = { what: 'separator', is: (part) => part.kind === 'hr' };
export const adSlot: Expected = { what: 'ad slot', is: (part) => part.kind === 'ad-slot' };
