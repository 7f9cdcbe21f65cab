/**
 * Word-level merge of a line of text (a paragraph, a heading, a list item) with its inline
 * formatting. Each word carries its formatting: the text node's format and style, and the link
 * around it. So a word bolded or linked on one side and left alone on the other comes out
 * bolded or linked, words changed in other places merge around it, and only a word changed
 * on both sides (its text or its formatting) is a clash. Afterwards, neighbouring words with
 * the same formatting are joined into one text node again, and those under one link into one link.
 */
import { canonicalJson, childrenOf, type BodyBlock } from './block-content';
import type { ConflictLog } from './conflicts';
import { mergeTokens, plainSpace, textTokens } from './merge-tokens';

/** The formatting a token carries: its node without the text, and the link it sits in. */
interface Run {
  readonly node: BodyBlock;
  readonly link: BodyBlock | null;
  readonly linkKey: string | null;
  /** A line break or a tab is a node of its own, never joined with its neighbours. */
  readonly standalone: boolean;
}

/** Separates a token's run number from its text; a character no text holds. */
const separator = '\u0000';

export class RunTable {
  private readonly keys = new Map<string, number>();
  readonly runs: Run[] = [];

  numberOf(node: BodyBlock, link: BodyBlock | null): number {
    const { text: _text, ...shell } = node;
    const linkShell = link ? { ...link, children: undefined } : null;
    const linkKey = linkShell ? canonicalJson(linkShell) : null;
    const key = `${canonicalJson(shell)}${separator}${linkKey ?? ''}`;
    let number = this.keys.get(key);
    if (number === undefined) {
      number = this.runs.length;
      this.keys.set(key, number);
      this.runs.push({ node: shell, link: linkShell, linkKey, standalone: node.type !== 'text' });
    }
    return number;
  }
}

export function tokenText(token: string): string {
  return token.slice(token.indexOf(separator) + 1);
}

function pushTokens(node: BodyBlock, link: BodyBlock | null, table: RunTable, out: string[]): void {
  if (node.type === 'link' || node.type === 'autolink') {
    for (const child of childrenOf(node) ?? []) pushTokens(child, node, table, out);
    return;
  }
  const run = table.numberOf(node, link);
  if (node.type !== 'text') {
    out.push(`${run}${separator}${node.type === 'tab' ? '\t' : node.type === 'linebreak' ? '\n' : ''}`);
    return;
  }
  const text = typeof node.text === 'string' ? node.text : '';
  // A token-mode text (a mention, a hashtag) is one unit, never split.
  const pieces = node.mode === 'token' || node.mode === 'segmented' ? [text] : textTokens(text);
  for (const piece of pieces) if (piece !== '') out.push(`${run}${separator}${piece}`);
}

export function inlineTokens(children: readonly BodyBlock[], table: RunTable): string[] {
  const out: string[] = [];
  for (const child of children) pushTokens(child, null, table, out);
  return out;
}

/** The inline nodes again, with neighbouring tokens of one run joined into one node. */
export function inlineNodes(tokens: readonly string[], table: RunTable): BodyBlock[] {
  const nodes: BodyBlock[] = [];
  let openLink: { key: string; node: BodyBlock; children: BodyBlock[] } | null = null;
  let lastRun = -1;
  for (const token of tokens) {
    const number = Number(token.slice(0, token.indexOf(separator)));
    const run = table.runs[number];
    if (!run) continue;
    const text = tokenText(token);
    if (openLink && openLink.key !== run.linkKey) openLink = null;
    if (run.link && run.linkKey && !openLink) {
      openLink = { key: run.linkKey, node: run.link, children: [] };
      nodes.push({ ...run.link, children: openLink.children });
      lastRun = -1;
    }
    const target = openLink ? openLink.children : nodes;
    const previous = target[target.length - 1];
    if (!run.standalone && number === lastRun && previous) {
      target[target.length - 1] = { ...previous, text: `${String(previous.text)}${text}` };
    } else {
      target.push(run.standalone ? { ...run.node } : { ...run.node, text });
    }
    lastRun = number;
  }
  return nodes;
}

/** Merges three versions of a line's inline children, word by word. */
export function mergeInline(
  ancestor: readonly BodyBlock[],
  local: readonly BodyBlock[],
  remote: readonly BodyBlock[],
  log: ConflictLog,
): BodyBlock[] {
  const table = new RunTable();
  const show = (tokens: readonly string[]) => tokens.map(tokenText).join('');
  // Keeping both sides' words: a space in local's formatting between two words.
  const space = (last: string, first: string) =>
    plainSpace(tokenText(last), tokenText(first)) ? `${last.slice(0, last.indexOf(separator))}${separator} ` : null;
  const merged = mergeTokens(inlineTokens(ancestor, table), inlineTokens(local, table), inlineTokens(remote, table), log, {
    kind: 'words',
    show,
    space,
  });
  return inlineNodes(merged, table);
}
