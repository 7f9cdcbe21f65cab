/**
 * What the browser benches share: Spalt's renderer and the bare Lexical page (tests/bench/editor)
 * built with Vite, a tiny static server for the bare page, Chromium, and the core's contract
 * over HTTP with a seeded article.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import type { Input, OperationName, Outputs, Result } from '../../shared/api';
import type { ArticleDraft } from '../../shared/article/article';
import type { SpaltProcess } from '../support/spalt-process';
import { articleBlocks, bodyDocument, type Block } from './swedish-text';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Spalt's renderer as `npm run build:renderer` builds it: the one browser mode serves. */
export async function buildSpaltRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(projectRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
}

/** Builds the bare editor page (tests/bench/editor) with Vite into a temporary folder. */
export async function buildBarePage(outDir: string): Promise<void> {
  const [{ build }, { default: react }] = await Promise.all([import('vite'), import('@vitejs/plugin-react')]);
  await build({
    configFile: false,
    root: join(projectRoot, 'tests', 'bench', 'editor'),
    mode: 'production',
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 1500 },
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A tiny static server on 127.0.0.1 for the bare page. */
export async function serveStatic(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(folder, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(folder) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Debian's Chromium, headless, as the end-to-end tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.SPALT_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export type Spalt = Pick<SpaltProcess, 'origin' | 'token'>;

/** Calls the core over HTTP, as the renderer does, with the token as a header. */
export async function api<K extends OperationName>(spalt: Spalt, name: K, input: Input<K>): Promise<Outputs[K]> {
  const response = await fetch(`${spalt.origin}/api/invoke/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spalt-token': spalt.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<Outputs[K]>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message.en}`);
  return result.value;
}

/** Writes an article of `words` words through the contract; its body as the JSON Lexical loads. */
export async function seedArticle(spalt: Spalt, words: number, last: Block[] = []): Promise<{ id: string; json: string }> {
  const body = bodyDocument([...articleBlocks(words), ...last]);
  const { id, revision } = await api(spalt, 'articles.create', { kind: 'news' });
  const draft: ArticleDraft = {
    kind: 'news',
    kicker: 'Södertälje',
    headline: `Kommunen skjuter upp bygget – ${words} ord`,
    lead: 'Kostnaderna har stigit kraftigt sedan i fjol, enligt kommunens egna beräkningar.',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body,
  };
  await api(spalt, 'articles.save', { id, baseRevision: revision, draft });
  return { id, json: JSON.stringify(body) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** p50, p95 and the largest of a set of times. */
export function summary(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

/**
 * One row of a timed figure beside its peer or floor measured in the same run: p50 and p95 of
 * each, the ratio of the p50s, the goal and whether the p50 meets it ("met" or "MISSED").
 * `ratioGoal`, when given, is part of the goal: no more than that many times the peer.
 */
export function goalRow(
  figure: string,
  times: number[],
  peerName: string,
  peerTimes: number[],
  goalMs: number | null,
  ratioGoal?: number,
): Record<string, string> {
  const s = summary(times);
  const p = summary(peerTimes);
  const ratio = s.p50 / p.p50;
  const goal = [goalMs === null ? null : `≤ ${goalMs} ms`, ratioGoal === undefined ? null : `≤ ${ratioGoal.toFixed(2)}× peer`];
  const met = (goalMs === null || s.p50 <= goalMs) && (ratioGoal === undefined || ratio <= ratioGoal);
  const ms = (value: number) => value.toFixed(0);
  return {
    figure,
    'p50 ms': ms(s.p50),
    'p95 ms': ms(s.p95),
    'peer / floor': peerName,
    'peer p50 ms': ms(p.p50),
    'peer p95 ms': ms(p.p95),
    'ratio p50': `${ratio.toFixed(2)}×`,
    goal: goal.filter((part) => part !== null).join(', ') || '—',
    met: goalMs === null && ratioGoal === undefined ? '—' : met ? 'met' : 'MISSED',
  };
}
