import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { isAllowedLinkUrl } from '../url-policy';
import type { BodyDocument } from './body';
import { withAllowedUrls } from './body-urls';
import { childrenOf, stringField, type SerializedBodyNode } from './markup/serialized';
import { paragraph } from './mdast';
import type { MarkdownContext } from './nodes/codec';
import { codecOf } from './nodes/codecs';

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

const context: MarkdownContext = { phrasing, blocks: (nodes) => nodes.flatMap(block) };

/** A block as Markdown; a node no block defines is read as a paragraph of its text. */
function block(node: SerializedBodyNode): RootContent[] {
  return codecOf(node.type)?.toMarkdown(node, context) ?? [paragraph(phrasing(childrenOf(node)))];
}

const isEmpty = (node: RootContent) => node.type === 'paragraph' && node.children.length === 0;

/** The body as Markdown blocks; a refused address never gets in (see body-urls). */
export function bodyToMdast(body: BodyDocument): RootContent[] {
  return withAllowedUrls(body)
    .root.children.flatMap(block)
    .filter((node) => !isEmpty(node));
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
