import type { BodyDocument } from './body';
import { formatTime } from '../format/date';
import { readAlsoLabel } from './nodes/read-also/node';

/**
 * A body as Markdown, for writers who keep articles as text files: CommonMark for what it has
 * (headings, emphasis, links, lists, quotes, images), plain Markdown conventions for the
 * newsroom's blocks (a pull quote is a quote with ” ”, a fact box a heading and a list).
 * Markdown has no underline; underlined text stays plain. A block Spalt keeps verbatim is
 * written as the HTML it is, which Markdown allows.
 */

interface SerializedNode {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const bold = 1;
const italic = 2;
const strikethrough = 4;
const code = 16;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const childrenOf = (node: SerializedNode): SerializedNode[] =>
  Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];

/** Characters that would start Markdown syntax inside running text. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** A line that Markdown would read as a list, heading, quote or rule gets its marker escaped. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+*>#]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) =>
    `${space}${mark.replace(/^(\d+)([.)])$/, '$1\\$2').replace(/^([-+*>#])$/, '\\$1')}`,
  );
}

function linkUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

function formatText(node: SerializedNode): string {
  const text = str(node.text);
  if (text === '') return '';
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & code) return `\`${text.replace(/`/g, '\u200b`')}\``;
  let out = escapeInline(text);
  // Emphasis markers must hug the text: spaces at the ends stay outside them.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(out) ?? [];
  if (core === '') return out;
  out = core;
  if (format & strikethrough) out = `~~${out}~~`;
  if (format & italic) out = `*${out}*`;
  if (format & bold) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

function inline(nodes: readonly SerializedNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return formatText(node);
        case 'linebreak':
          return '\\\n';
        case 'link':
        case 'autolink':
          return `[${inline(childrenOf(node))}](${linkUrl(str(node.url))})`;
        default:
          return inline(childrenOf(node));
      }
    })
    .join('');
}

function paragraph(node: SerializedNode): string {
  return escapeLineStart(inline(childrenOf(node)));
}

function list(node: SerializedNode, depth: number): string {
  const ordered = node.listType === 'number';
  const start = typeof node.start === 'number' ? node.start : 1;
  const indent = '   '.repeat(depth);
  let number = start;
  return childrenOf(node)
    .map((item) => {
      const nested = childrenOf(item).filter((child) => child.type === 'list');
      const text = inline(childrenOf(item).filter((child) => child.type !== 'list'));
      const marker = ordered ? `${number++}.` : '-';
      const own = nested.length > 0 && text === '' ? '' : `${indent}${marker} ${text}`;
      const sub = nested.map((child) => list(child, depth + 1));
      return [own, ...sub].filter(Boolean).join('\n');
    })
    .join('\n');
}

const quoteLines = (text: string) => text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');

/** The photo's address in the export, by its library id or its own src. */
export type PhotoAddress = (node: { photoId: string | null; src: string }) => string;

function block(node: SerializedNode, photoAddress: PhotoAddress): string {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node);
    case 'heading': {
      const level = Number(/^h([1-6])$/.exec(str(node.tag))?.[1] ?? 2);
      return `${'#'.repeat(level)} ${inline(childrenOf(node))}`;
    }
    case 'quote':
      return quoteLines(inline(childrenOf(node)));
    case 'list':
      return list(node, 0);
    case 'photo': {
      const src = photoAddress({ photoId: typeof node.photoId === 'string' ? node.photoId : null, src: str(node.src) });
      const caption = [str(node.caption), str(node.credit)].filter(Boolean).join(' ');
      const image = `![${escapeInline(str(node.alt))}](${linkUrl(src)})`;
      return caption === '' ? image : `${image}\n*${escapeInline(caption)}*`;
    }
    case 'pull-quote': {
      const attribution = str(node.attribution);
      return quoteLines(`**”${escapeInline(str(node.text))}”**${attribution ? `\n— ${escapeInline(attribution)}` : ''}`);
    }
    case 'interview-question':
      return `**${inline(childrenOf(node))}**`;
    case 'live-update': {
      const time = str(node.time);
      const heading = `### Uppdatering ${time ? formatTime(time) : ''}`.trimEnd();
      return [heading, ...childrenOf(node).map((child) => block(child, photoAddress))].join('\n\n');
    }
    case 'read-also': {
      const target = str(node.url);
      const title = escapeInline(str(node.title));
      return `**${readAlsoLabel}** ${target ? `[${title}](${linkUrl(target)})` : title}`;
    }
    case 'ad-slot':
      return '<!-- annons -->';
    case 'fact-box': {
      const items = Array.isArray(node.items) ? (node.items as unknown[]).map(str) : [];
      return [`**${escapeInline(str(node.heading))}**`, items.map((item) => `- ${escapeInline(item)}`).join('\n')]
        .filter(Boolean)
        .join('\n\n');
    }
    case 'signature': {
      const signers = Array.isArray(node.signers) ? (node.signers as Array<{ name?: unknown; title?: unknown }>) : [];
      return signers
        .map((signer) => [str(signer.name), str(signer.title)].filter(Boolean).map(escapeInline).join(',  \n'))
        .join('\n\n');
    }
    case 'separator':
      return '---';
    case 'raw-block':
      return str(node.markup);
    default:
      return inline(childrenOf(node));
  }
}

/** The body as Markdown, blocks separated by blank lines. */
export function bodyToMarkdown(body: BodyDocument, photoAddress: PhotoAddress = ({ src }) => src): string {
  return (body.root.children as SerializedNode[])
    .map((node) => block(node, photoAddress))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
