/**
 * Proof publish-faults: every fault at the first request of every step of a publish leaves
 * the site exactly as one clean publish would. A real WordPress on loopback (one for the whole
 * matrix) behind the test proxy; Spalt's real core publishing through it. Each cell is an
 * article with two photos, a new category and two new tags; the post-update cells publish it
 * cleanly first, add a paragraph and publish it again with the fault on the update. After each
 * cell, read back from the site: one post, one media item per photo, one of each term, the
 * job done, and the fault really hit (a 429's Retry-After waited out).
 *
 * The client's timeout is shortened (the core's own option for tests) so that a stall costs
 * seconds, not half a minute; retries come after the tests' short backoff.
 */
import { performance } from 'node:perf_hooks';
import { fastTiming, fileTempDir, startSpalt, type Spalt } from '../integration/publish-support';
import { startProxy, type Proxy } from '../support/publish-proxy';
import {
  addParagraph,
  faultArticle,
  faultedRequests,
  faultKinds,
  faultOnce,
  faultSteps,
  publishAndWait,
  recordWaits,
  retryAfterSeconds,
  siteProblems,
  type FaultKind,
  type FaultStep,
} from '../support/publish-faults';
import { startWordPress, type WordPressSite } from '../wordpress/site';

const name = 'publish-faults';
const requestTimeoutMs = 5_000;

interface Cell {
  kind: FaultKind;
  step: FaultStep;
  seenAs: string;
  problems: string[];
}

interface Bench {
  site: WordPressSite;
  proxy: Proxy;
  spalt: Spalt;
  waitsOf: (jobId: string) => string[];
}

/** The WordPress version the site runs, from the generator line of its feed. */
async function wordPressVersion(url: string): Promise<string> {
  const feed = await fetch(`${url}/?feed=rss2`).then((response) => response.text());
  return /<generator>https?:\/\/wordpress\.org\/\?v=([^<]+)<\/generator>/.exec(feed)?.[1] ?? 'unknown';
}

/** One fault at one step: a fresh article published through it, then what is on the site. */
async function runCell({ site, proxy, spalt, waitsOf }: Bench, kind: FaultKind, step: FaultStep, seed: number): Promise<Cell> {
  const article = await faultArticle(spalt, `${kind} vid ${step}`, seed);
  let added: string | undefined;
  if (step === 'postUpdate') {
    proxy.rule = () => 'forward';
    const first = await publishAndWait(spalt, article);
    if (first.state !== 'done') return { kind, step, seenAs: '-', problems: [`the clean first publish ended ${first.state}`] };
    added = `Tillägg efter första publiceringen (${kind}).`;
    await addParagraph(spalt, article, added);
  }
  proxy.log.length = 0;
  faultOnce(proxy, [{ matches: faultSteps[step].matches, action: faultKinds[kind].action }]);
  const job = await publishAndWait(spalt, article);
  proxy.rule = () => 'forward';
  const problems = await siteProblems(site, article, job, added);
  const faulted = faultedRequests(proxy);
  if (faulted.length !== 1) problems.push(`the fault hit ${faulted.length} requests`);
  const gap = faulted[0]?.nextAfterMs ?? null;
  if (kind === 'rate429' && (gap === null || gap < retryAfterSeconds * 1000)) problems.push(`next request ${gap} ms after the 429`);
  return { kind, step, seenAs: waitsOf(job.id).join(' ') || '-', problems };
}

async function main(): Promise<void> {
  const started = performance.now();
  const temp = fileTempDir('spalt-proof-faults-');
  const site = await startWordPress();
  const proxy = await startProxy(site.url);
  const spalt = await startSpalt(`${temp.dir}/profile`, { url: proxy.url, users: site.users }, 'editor', {
    outbox: { timing: fastTiming, client: { timeouts: { requestMs: requestTimeoutMs } } },
  });
  const version = await wordPressVersion(site.url);
  console.log(`WordPress ${version} at ${site.url}, behind the proxy at ${proxy.url}; client timeout ${requestTimeoutMs} ms`);
  const bench: Bench = { site, proxy, spalt, waitsOf: recordWaits(spalt) };
  const cells: Cell[] = [];
  try {
    let seed = 9_000;
    for (const kind of Object.keys(faultKinds) as FaultKind[]) {
      for (const step of Object.keys(faultSteps) as FaultStep[]) {
        const cellStarted = performance.now();
        const cell = await runCell(bench, kind, step, (seed += 2)).catch((error: unknown) => ({
          kind,
          step,
          seenAs: '-',
          problems: [String(error)],
        }));
        cells.push(cell);
        const seconds = ((performance.now() - cellStarted) / 1000).toFixed(1);
        const outcome = cell.problems.length === 0 ? 'ok    ' : 'FAILED';
        const why = cell.problems.length > 0 ? `: ${cell.problems.join('; ')}` : '';
        console.log(`${outcome} ${faultKinds[kind].label} at ${faultSteps[step].label}: waited as ${cell.seenAs} (${seconds} s)${why}`);
      }
    }
  } finally {
    spalt.core.close();
    await proxy.stop();
    await site.stop();
    temp.remove();
  }

  const steps = Object.keys(faultSteps) as FaultStep[];
  console.log(`\n| fault | ${steps.map((step) => faultSteps[step].label).join(' | ')} |`);
  console.log(`|---|${steps.map(() => '---').join('|')}|`);
  for (const kind of Object.keys(faultKinds) as FaultKind[]) {
    const row = steps.map((step) =>
      cells.find((cell) => cell.kind === kind && cell.step === step)?.problems.length === 0 ? 'ok' : 'FAILED',
    );
    console.log(`| ${faultKinds[kind].label} | ${row.join(' | ')} |`);
  }
  const passed = cells.filter((cell) => cell.problems.length === 0).length;
  const expected = Object.keys(faultKinds).length * steps.length;
  const seconds = Math.round((performance.now() - started) / 1000);
  const ok = cells.length === expected && passed === expected;
  console.log(`PROOF ${name} ${ok ? 'ok' : 'failed'} cells=${cells.length} passed=${passed} wordpress=${version} seconds=${seconds}`);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`PROOF ${name} failed error=${JSON.stringify(String(error).slice(0, 120))}`);
  process.exit(1);
});
