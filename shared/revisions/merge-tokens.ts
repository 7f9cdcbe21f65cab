/**
 * Three-way merge of token sequences (words, list items, block identities) with node-diff3:
 * stretches changed on one side only are taken from that side; a stretch changed on both
 * sides, differently, is a clash for the ConflictLog.
 */
import { diff3Merge } from 'node-diff3';
import type { ConflictKind, ConflictLog } from './conflicts';

/**
 * Words and each other character on its own, each with the white space after it: "– Ja, " is
 * three tokens. The space goes with the word so that a word replaced by two on one side and by
 * another on the other is one clash, not a clash and a stray insertion beside it.
 */
const tokenPattern = /^\s+|[\p{L}\p{N}\p{M}]+\s*|[^\p{L}\p{N}\p{M}\s]\s*/gu;

export function textTokens(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

export type MergedRun =
  | { readonly ok: readonly string[] }
  | { readonly ancestor: readonly string[]; readonly local: readonly string[]; readonly remote: readonly string[] };

export function mergeRuns(ancestor: string[], local: string[], remote: string[]): MergedRun[] {
  return diff3Merge(local, ancestor, remote, { excludeFalseConflicts: true }).map((region) =>
    region.conflict ? { ancestor: region.conflict.o, local: region.conflict.a, remote: region.conflict.b } : { ok: region.ok ?? [] },
  );
}

export interface TokenMerge {
  kind: ConflictKind;
  /** The tokens as the text a person reads. */
  show: (tokens: readonly string[]) => string;
  /**
   * The tokens are list items (bylines, a fact box's lines): two insertions at one place are
   * both kept, and "both" never repeats an item. Words are not: two phrases written into one
   * gap do not make a sentence, so that is a clash.
   */
  items?: boolean;
  /** The space to put between local's and remote's words when the person keeps both. */
  space?: (lastLocal: string, firstRemote: string) => string | null;
}

const wordEdge = /[\p{L}\p{N}]/u;

/** A space between two words kept side by side, none beside punctuation or white space. */
export function plainSpace(lastLocal: string, firstRemote: string): string | null {
  return wordEdge.test(lastLocal.slice(-1)) && wordEdge.test(firstRemote.charAt(0)) ? ' ' : null;
}

/** Merges token sequences, asking the log about each clash. */
export function mergeTokens(ancestor: string[], local: string[], remote: string[], log: ConflictLog, how: TokenMerge): string[] {
  const { kind, show, items = false, space } = how;
  const merged: string[] = [];
  for (const run of mergeRuns(ancestor, local, remote)) {
    if ('ok' in run) {
      merged.push(...run.ok);
      continue;
    }
    if (items && run.ancestor.length === 0) {
      merged.push(...run.local, ...run.remote.filter((token) => !run.local.includes(token)));
      continue;
    }
    // The space after the last word is no part of what clashes.
    const text = (tokens: readonly string[]) => (items ? show(tokens) : show(tokens).trimEnd());
    const choice = log.decide({
      kind,
      ancestor: text(run.ancestor),
      local: text(run.local),
      remote: text(run.remote),
      options: ['local', 'remote', 'both'],
      defaultChoice: 'local',
    });
    if (choice === 'local') merged.push(...run.local);
    else if (choice === 'remote') merged.push(...run.remote);
    else if (items) merged.push(...run.local, ...run.remote.filter((token) => !run.local.includes(token)));
    else {
      const gap = space?.(run.local[run.local.length - 1] ?? '', run.remote[0] ?? '');
      merged.push(...run.local, ...(gap ? [gap] : []), ...run.remote);
    }
  }
  return merged;
}
