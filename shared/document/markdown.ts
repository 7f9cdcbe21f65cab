import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { formatTime } from '../format/date';
import { isAllowedLinkUrl, isWritablePhotoSource } from '../url-policy';
import type { BodyDocument } from './body';
import { markupText, withAllowedUrls } from './body-urls';
import { childrenOf, stringField, type SerializedBodyNode } from './markup/serialized';
import { factBoxProps } from './nodes/fact-box/node';
import { photoProps } from './nodes/photo/node';
import { propsFromJSON } from './nodes/props';
import { pullQuoteProps } from './nodes/pull-quote/node';
import { readAlsoLabel, readAlsoProps } from './nodes/read-also/node';
import { signatureProps } from './nodes/signature/node';

/**
 * A body as Markdown, for writers who keep articles as text files. The body becomes a Markdown
 * syntax tree (mdast) and mdast-util-to-markdown writes it, so every character a journalist
 * typed is escaped by the library: text stays text in any CommonMark or GFM reader. The
 * newsroom's blocks follow plain Markdown conventions: a pull quote is a quote in ” ”, a fact
 * box a bold heading and a list, a photo an image with its caption and credit below it.
 * Markdown has no underline; underlined text stays plain.
 */

const bold = 1;
const italic = 2;
const strikethrough = 4;
const code = 16;

/** An inline piece with the emphasis it sits in, before runs of equal emphasis are grouped. */
interface Run {
  formats: number;
  node: PhrasingContent;
}

const marks: ReadonlyArray<{ bit: number; wrap: (children: PhrasingContent[]) => PhrasingContent }> = [
  { bit: bold, wrap: (children) => ({ type: 'strong', children }) },
  { bit: italic, wrap: (children) => ({ type: 'emphasis', children }) },
  { bit: strikethrough, wrap: (children) => ({ type: 'delete', children }) },
];

/** Neighbours sharing a mark share one node of it, so "**a*b***" is never written as two. */
function group(runs: readonly Run[], depth = 0): PhrasingContent[] {
  const mark = marks[depth];
  if (!mark) return runs.map((run) => run.node);
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < runs.length) {
    const marked = ((runs[i]?.formats ?? 0) & mark.bit) !== 0;
    let j = i;
    while (j < runs.length && (((runs[j]?.formats ?? 0) & mark.bit) !== 0) === marked) j += 1;
    const inner = group(runs.slice(i, j), depth + 1);
    if (marked) out.push(mark.wrap(inner));
    else out.push(...inner);
    i = j;
  }
  return out;
}

function runsOf(nodes: readonly SerializedBodyNode[]): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text': {
        const value = stringField(node, 'text') ?? '';
        if (value === '') return [];
        const formats = typeof node.format === 'number' ? node.format : 0;
        return [{ formats, node: formats & code ? { type: 'inlineCode', value } : { type: 'text', value } }];
      }
      case 'tab':
        return [{ formats: 0, node: { type: 'text', value: '\t' } }];
      case 'linebreak':
        return [{ formats: 0, node: { type: 'break' } }];
      case 'link':
      case 'autolink': {
        const url = stringField(node, 'url') ?? '';
        const children = phrasing(childrenOf(node));
        if (!isAllowedLinkUrl(url)) return children.map((child) => ({ formats: 0, node: child }));
        return [{ formats: 0, node: { type: 'link', url, children } }];
      }
      default:
        return runsOf(childrenOf(node));
    }
  });
}

function phrasing(nodes: readonly SerializedBodyNode[]): PhrasingContent[] {
  return group(runsOf(nodes));
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

function list(node: SerializedBodyNode): List {
  const items: ListItem[] = [];
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item).filter((child) => child.type === 'list').map(list);
    const content = phrasing(childrenOf(item).filter((child) => child.type !== 'list'));
    const previous = items[items.length - 1];
    // Lexical keeps a nested list in an item of its own; Markdown nests it in the item above.
    if (content.length === 0 && nested.length > 0 && previous) previous.children.push(...nested);
    else items.push({ type: 'listItem', spread: false, children: [paragraph(content), ...nested] });
  }
  const ordered = node.listType === 'number';
  const start = typeof node.start === 'number' ? node.start : 1;
  return { type: 'list', ordered, ...(ordered ? { start } : {}), spread: false, children: items };
}

function photo(node: SerializedBodyNode): BlockContent[] {
  const { src, alt, caption, credit } = propsFromJSON(photoProps, node);
  const printed = [caption, credit].filter(Boolean).join(' ');
  const children: PhrasingContent[] = [];
  if (src !== '' && isWritablePhotoSource(src)) children.push({ type: 'image', url: src, alt });
  if (printed !== '') {
    if (children.length > 0) children.push({ type: 'break' });
    children.push({ type: 'emphasis', children: [text(printed)] });
  }
  return children.length > 0 ? [paragraph(children)] : [];
}

function block(node: SerializedBodyNode): RootContent[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(phrasing(childrenOf(node)))];
    case 'heading':
      return [{ type: 'heading', depth: node.tag === 'h3' ? 3 : 2, children: phrasing(childrenOf(node)) }];
    case 'quote':
      return [{ type: 'blockquote', children: [paragraph(phrasing(childrenOf(node)))] }];
    case 'list':
      return [list(node)];
    case 'photo':
      return photo(node);
    case 'pull-quote': {
      const { text: quote, attribution } = propsFromJSON(pullQuoteProps, node);
      const lines: PhrasingContent[] = [{ type: 'strong', children: [text(`”${quote}”`)] }];
      if (attribution !== '') lines.push({ type: 'break' }, text(`— ${attribution}`));
      return [{ type: 'blockquote', children: [paragraph(lines)] }];
    }
    case 'interview-question':
      return [paragraph([{ type: 'strong', children: phrasing(childrenOf(node)) }])];
    case 'live-update': {
      const time = stringField(node, 'time') ?? '';
      const heading = `Uppdatering ${time ? formatTime(time) : ''}`.trimEnd();
      return [{ type: 'heading', depth: 3, children: [text(heading)] }, ...childrenOf(node).flatMap(block)];
    }
    case 'read-also': {
      const { url, title } = propsFromJSON(readAlsoProps, node);
      const target: PhrasingContent = isAllowedLinkUrl(url) ? { type: 'link', url, children: [text(title)] } : text(title);
      return [paragraph([{ type: 'strong', children: [text(readAlsoLabel)] }, text(' '), target])];
    }
    case 'ad-slot':
      // Where the site places an ad; a comment, so the text shows nothing there.
      return [{ type: 'html', value: '<!-- annons -->' }];
    case 'fact-box': {
      const { heading, items } = propsFromJSON(factBoxProps, node);
      const out: RootContent[] = [];
      if (heading !== '') out.push(paragraph([{ type: 'strong', children: [text(heading)] }]));
      if (items.length > 0) {
        out.push({
          type: 'list',
          ordered: false,
          spread: false,
          children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph([text(item)])] })),
        });
      }
      return out;
    }
    case 'signature':
      return propsFromJSON(signatureProps, node).signers.map(({ name, title }) =>
        paragraph(title === '' ? [text(name)] : [text(`${name},`), { type: 'break' }, text(title)]),
      );
    case 'separator':
      return [{ type: 'thematicBreak' }];
    case 'raw-block': {
      // A block Spalt keeps verbatim for WordPress; a Markdown reader gets its text, never its HTML.
      const shown = markupText(stringField(node, 'markup') ?? '');
      return shown === '' ? [] : [paragraph([text(shown)])];
    }
    default:
      return [paragraph(phrasing(childrenOf(node)))];
  }
}

const isEmpty = (node: RootContent) => node.type === 'paragraph' && node.children.length === 0;

/** The body as Markdown blocks; a refused address never gets in (see body-urls). */
export function bodyToMdast(body: BodyDocument): RootContent[] {
  return withAllowedUrls(body).root.children.flatMap(block).filter((node) => !isEmpty(node));
}

/**
 * Markdown text of a tree, escaped for CommonMark and GFM (tables, strikethrough, web addresses
 * in text). Every "(" in a link's text or an image's alt is escaped too: marked reads
 * `[\[x\](javascript:…)](https://…)` as a javascript: link inside the link.
 */
export function markdownText(root: Root): string {
  return toMarkdown(root, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    extensions: [gfmToMarkdown(), { unsafe: [{ character: '(', inConstruct: 'label' }] }],
  });
}

/** The body as Markdown, blocks separated by blank lines. */
export function bodyToMarkdown(body: BodyDocument): string {
  return markdownText({ type: 'root', children: bodyToMdast(body) });
}
