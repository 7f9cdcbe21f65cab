/**
 * The workflow part of `npm run bench`: the revision engines on a 20,000-word article.
 * - diff: two revisions 20 scattered edits apart (words changed in 15 paragraphs, 2 paragraphs
 *   added, 1 removed, 1 moved, the headline changed);
 * - merge: the ancestor, a local revision with those 20 edits, and a remote one with 20 others,
 *   5 of them in paragraphs local also changed (other words), so those merge word by word.
 * Each run gets freshly parsed documents, as revisions read from the database are. Each is
 * timed twice: back to back, the next parse's garbage collected in the middle of a diff, and
 * paced a frame apart, as the history dialog and a sync ask for one at a time. Beside them,
 * floors measured in the same run: jsdiff's diffWords over only the changed paragraphs, and
 * JSON parse and stringify of the documents; and the word-level merge of the paragraphs both
 * sides changed with node-diff3 (which Spalt uses) against jsdiff's patch tools. Prints a
 * table; asserts nothing.
 */
import { applyPatch, diffWords, structuredPatch } from 'diff';
import { diff3Merge } from 'node-diff3';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { withBlockId } from '../../shared/revisions/block-id';
import { diffRevisions } from '../../shared/revisions/diff';
import { mergeArticles } from '../../shared/revisions/merge';
import { textTokens } from '../../shared/revisions/merge-tokens';
import { articleBlocks, bodyDocument } from './swedish-text';

type Block = BodyDocument['root']['children'][number];

const runs = Number(process.env.SPALT_BENCH_RUNS ?? 200);
const warmup = 20;
const targets = { diff: 10, merge: 25 };
/** One frame at 60 Hz: a person's next request comes no sooner. */
const frameMs = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function textOf(block: Block): string {
  const [first] = (block.children ?? []) as Block[];
  return typeof first?.text === 'string' ? first.text : '';
}

function withText(block: Block, text: string): Block {
  const [first] = (block.children ?? []) as Block[];
  return { ...block, children: [{ ...first, text }] };
}

/** Replaces the `nth` word of a paragraph (counted from the start, or from the end when negative). */
function replaceWord(block: Block, nth: number, word: string): Block {
  const words = textOf(block).split(' ');
  words[nth < 0 ? words.length + nth : nth] = word;
  return withText(block, words.join(' '));
}

const article = (body: BodyDocument, headline: string): ArticleDraft => ({
  kind: 'news',
  kicker: 'NYHETER',
  headline,
  lead: 'Kommunstyrelsen i Södertälje skjuter upp bygget av förskolan i Järna.',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  label: '',
  disclaimer: '',
  sponsor: '',
  mainPhotoId: null,
  body,
});

interface Revisions {
  ancestor: ArticleDraft;
  local: ArticleDraft;
  remote: ArticleDraft;
  /** The paragraphs local changed, before and after, for the diffWords floor. */
  changed: Array<[string, string]>;
  /** The paragraphs both sides changed: ancestor, local, remote. */
  both: Array<[string, string, string]>;
}

function revisions(withIds: boolean): Revisions {
  const base = bodyDocument(articleBlocks(20_000, 3));
  const blocks = withIds ? base.root.children.map((block, i) => withBlockId(block, `b${i}`)) : [...base.root.children];
  const paragraphs = blocks.flatMap((block, i) => (block.type === 'paragraph' ? [i] : []));
  const spread = (count: number, offset: number) =>
    Array.from({ length: count }, (_, k) => paragraphs[Math.floor(((k + offset) * paragraphs.length) / (count + 1))] ?? 0);

  const local = [...blocks];
  const changed: Array<[string, string]> = [];
  for (const i of spread(15, 0.5)) {
    const before = local[i] as Block;
    local[i] = replaceWord(before, 3, 'sjöräddningen');
    changed.push([textOf(before), textOf(local[i])]);
  }
  const [moved] = local.splice(spread(1, 0.25)[0] ?? 0, 1);
  if (moved) local.splice(spread(1, 0.75)[0] ?? 0, 0, moved);
  local.splice(spread(1, 0.9)[0] ?? 0, 1);
  const added = (text: string, id: string) => {
    const block = withText(blocks[paragraphs[0] ?? 0] as Block, text);
    return withIds ? withBlockId(block, id) : block;
  };
  local.splice(spread(1, 0.33)[0] ?? 0, 0, added('Räddningstjänsten i Södertälje larmades strax före tolv.', 'ny1'));
  local.splice(spread(1, 0.66)[0] ?? 0, 0, added('– Vi följer utvecklingen noga, säger kommunalrådet.', 'ny2'));
  for (const [before, after] of changed.slice(0, 2)) changed.push([before, after]);

  const remote = [...blocks];
  const both: Array<[string, string, string]> = [];
  // Five paragraphs local changed too (the last word, not the fourth), fifteen others.
  for (const [k, i] of spread(15, 0.5).slice(0, 5).entries()) {
    remote[i] = replaceWord(remote[i] as Block, -1, 'ändå.');
    both.push([textOf(blocks[i] as Block), changed[k]?.[1] ?? '', textOf(remote[i])]);
  }
  for (const i of spread(15, 0.1)) remote[i] = replaceWord(remote[i] as Block, 1, 'Östertälje');

  const root = base.root;
  return {
    ancestor: article({ root: { ...root, children: blocks } }, 'Förskolan i Järna skjuts upp'),
    local: article({ root: { ...root, children: local } }, 'Förskolan i Järna skjuts upp ett år'),
    remote: article({ root: { ...root, children: remote } }, 'Förskolan i Järna skjuts upp'),
    changed,
    both,
  };
}

/** A text as one token per line, so jsdiff's line patches work on words. */
const tokenLines = (text: string) => `${textTokens(text).join('\n')}\n`;

interface Timing {
  p50: number;
  p95: number;
  cpuP50: number;
}

/**
 * Times `run` on a fresh copy of `input` each time (as JSON parsed from the database), the copy
 * made just before and outside the timing. Wall time, and this process's CPU time beside it:
 * on a machine shared with other work, the wall time includes waiting for a core. With
 * `pauseMs`, that long passes between runs, as between two requests of a person.
 */
async function measure<T>(input: T, run: (copy: T) => unknown, pauseMs = 0): Promise<Timing> {
  const json = JSON.stringify(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const copy = JSON.parse(json) as T;
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run(copy);
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (i < warmup) continue;
    wall.push(elapsed);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(wall, 50), p95: percentile(wall, 95), cpuP50: percentile(cpu, 50) };
}

function row(operation: string, time: Timing, target?: number) {
  return {
    operation,
    runs,
    'p50 ms': time.p50.toFixed(2),
    'p95 ms': time.p95.toFixed(2),
    'cpu p50 ms': time.cpuP50.toFixed(2),
    target: target === undefined ? '' : `≤ ${target} ms`,
    met: target === undefined ? '' : time.p95 <= target ? 'yes (p95)' : time.p50 <= target ? 'p50 only' : 'no',
  };
}

export async function runWorkflowBench(): Promise<void> {
  const rows = [];
  for (const withIds of [false, true]) {
    const revs = revisions(withIds);
    const label = withIds ? 'with block ids' : 'without block ids';
    const words = revs.ancestor.body.root.children.length;
    const check = diffRevisions(revs.ancestor, revs.local);
    const changes = check.blocks.filter((block) => block.kind !== 'unchanged').length + check.fields.length;
    const conflicts = mergeArticles(revs.ancestor, revs.local, revs.remote).conflicts.length;
    for (const [pace, pauseMs] of [
      ['back to back', 0],
      ['a frame apart', frameMs],
    ] as const) {
      const diff = await measure([revs.ancestor, revs.local] as const, ([a, b]) => diffRevisions(a, b), pauseMs);
      rows.push(row(`diff, ${label}, ${pace} (${words} blocks, ${changes} changes found)`, diff, targets.diff));
      const merge = await measure([revs.ancestor, revs.local, revs.remote] as const, ([o, a, b]) => mergeArticles(o, a, b), pauseMs);
      rows.push(row(`three-way merge, ${label}, ${pace} (${conflicts} conflicts)`, merge, targets.merge));
    }
    if (!withIds) {
      rows.push(
        row(
          'floor: diffWords over the 20 changed paragraphs only',
          await measure(revs.changed, (pairs) => pairs.map(([a, b]) => diffWords(a, b))),
        ),
      );
      const json = [revs.ancestor, revs.local].map((draft) => JSON.stringify(draft));
      rows.push(
        row(
          'floor: JSON parse + stringify of the two revisions',
          await measure(json, (texts) => texts.map((text) => JSON.stringify(JSON.parse(text)))),
        ),
      );
      rows.push(
        row(
          'word merge of the 5 paragraphs both changed: node-diff3 (used)',
          await measure(revs.both, (triples) => triples.map(([o, a, b]) => diff3Merge(textTokens(a), textTokens(o), textTokens(b)))),
        ),
      );
      const applied = revs.both.filter(
        ([o, a, b]) => applyPatch(tokenLines(a), structuredPatch('', '', tokenLines(o), tokenLines(b))) !== false,
      ).length;
      rows.push(
        row(
          `the same with jsdiff's structuredPatch + applyPatch (${applied} of 5 applied)`,
          await measure(revs.both, (triples) =>
            triples.map(([o, a, b]) => applyPatch(tokenLines(a), structuredPatch('', '', tokenLines(o), tokenLines(b)))),
          ),
        ),
      );
      const three = [...json, JSON.stringify(revs.remote)];
      rows.push(
        row(
          'floor: JSON parse + stringify of the three revisions',
          await measure(three, (texts) => texts.map((text) => JSON.stringify(JSON.parse(text)))),
        ),
      );
    }
  }
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  console.log(`\nWorkflow: diff and three-way merge of a 20,000-word article with 20 scattered edits (load average ${load})`);
  console.table(rows);
}
