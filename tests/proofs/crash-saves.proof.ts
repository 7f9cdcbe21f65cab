/**
 * Proof `crash-saves`: a real browser-mode server (the real core on a real SQLite file) is
 * killed with SIGKILL at random moments while a driver saves through the HTTP contract (now
 * and then also creating and trashing articles), at least 200 times. After every restart,
 * every save that was acknowledged (200 with a revision) is on disk with its exact content,
 * integrity_check is ok, the restarted server answers, and a search finds the last save.
 *
 * npx tsx tests/proofs/crash-saves.proof.ts   (SPALT_CRASH_KILLS, SPALT_PROOF_SEED to vary)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { articleBlocks, bodyDocument } from '../bench/swedish-text';
import { checkAgainstDisk, type TrackedArticle } from './support/acknowledged';
import { bundleServer, invoke, startServer, type ServerProcess } from './support/bundled-server';
import { seededRandom } from './support/random';

const name = 'crash-saves';
const kills = Number(process.env.SPALT_CRASH_KILLS ?? 200);
/** Independent servers killed side by side, each on its own profile: a start is mostly waiting on one core. */
const lanes = Number(process.env.SPALT_CRASH_LANES ?? 2);
const writers = 3;
const random = seededRandom();
const started = Date.now();

// A few bodies, from a short note to a 200 kB feature, so a kill meets saves of every size.
const bodies: BodyDocument[] = [60, 300, 900, 2_500, 26_000].map((words, i) => bodyDocument(articleBlocks(words, i + 1)));

const figures = {
  kills: 0,
  acknowledged: 0,
  lost: 0,
  integrityFailures: 0,
  failedRestarts: 0,
  uncheckedStarts: 0,
  committedUnanswered: 0,
  searchMisses: 0,
  unexpected: 0,
};
let counter = 0;

function draftFor(): ArticleDraft {
  counter += 1;
  return {
    kind: 'news',
    kicker: '',
    headline: `Rubrik kontroll${counter}x${random.seed}`,
    lead: `Ingress ${counter}`,
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: random.next() < 0.06 ? (bodies[4] as BodyDocument) : random.pick(bodies.slice(0, 4)),
  };
}

function unexpected(what: string, answer: { status: number; body: unknown }): void {
  figures.unexpected += 1;
  console.log(`unexpected answer to ${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
}

/** One writer's loop: its own articles, so the driver never makes a conflict of its own. */
async function write(server: ServerProcess, tracked: Map<string, TrackedArticle>, writer: number, stopped: () => boolean): Promise<void> {
  while (!stopped()) {
    const mine = [...tracked.values()].filter((_, i) => i % writers === writer);
    const roll = random.next();
    if (roll < 0.03 || mine.length === 0) {
      const answer = await invoke(server, 'articles.create', { kind: 'news' });
      if (answer.status !== 200) return unexpected('create', answer);
      const { id, revision } = answer.body.value as { id: string; revision: number };
      tracked.set(id, { id, revision, draft: null, trashed: false, saving: null, trashing: null });
      figures.acknowledged += 1;
    } else if (roll < 0.07) {
      const article = random.pick(mine);
      const trash = !article.trashed;
      article.trashing = trash;
      const answer = await invoke(server, trash ? 'articles.trash' : 'articles.restore', { id: article.id });
      if (answer.status !== 200) return unexpected('trash', answer);
      Object.assign(article, { trashed: trash, trashing: null });
      figures.acknowledged += 1;
    } else {
      const article = random.pick(mine);
      const draft = draftFor();
      article.saving = draft;
      const answer = await invoke(server, 'articles.save', {
        id: article.id,
        baseRevision: article.revision,
        draft,
        sessionId: `crash-proof-${writer}`,
      });
      if (answer.status !== 200) return unexpected('save', answer);
      Object.assign(article, { revision: (answer.body.value as { revision: number }).revision, draft, saving: null });
      figures.acknowledged += 1;
    }
  }
}

async function restart(bundle: string, dataDir: string): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      const server = await startServer(bundle, dataDir);
      if (server.output().includes('could not check')) figures.uncheckedStarts += 1;
      return server;
    } catch (error) {
      figures.failedRestarts += 1;
      console.log(`restart failed: ${(error as Error).message.slice(0, 500)}`);
      if (attempt === 3) throw error;
    }
  }
}

/** The file against what was acknowledged; the server's own answers; a search for the last save. */
async function verify(server: ServerProcess, file: string, tracked: Map<string, TrackedArticle>): Promise<void> {
  const check = checkAgainstDisk(file, tracked);
  figures.lost += check.lost.length;
  figures.committedUnanswered += check.committedUnanswered;
  for (const line of check.lost) console.log(`LOST ${line}`);
  if (check.integrity !== 'ok') {
    figures.integrityFailures += 1;
    console.log(`integrity_check: ${check.integrity}`);
  }
  const saved = [...tracked.values()].filter((a) => a.draft !== null && !a.trashed);
  if (saved.length === 0) return;
  const article = random.pick(saved);
  const token = /kontroll\d+x\d+/.exec(article.draft?.headline ?? '')?.[0] ?? '';
  const answer = await invoke(server, 'articles.list', { scope: 'active', query: token });
  const found = answer.status === 200 && (answer.body.value as Array<{ id: string }>).some((a) => a.id === article.id);
  if (!found) {
    figures.searchMisses += 1;
    console.log(`search for ${token} did not find ${article.id}`);
  }
}

/** Kills one server `count` times on its own profile, checking after every restart. */
async function lane(bundle: string, count: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spalt-proof-crash-'));
  const file = join(dataDir, 'spalt.sqlite');
  const tracked = new Map<string, TrackedArticle>();
  try {
    for (let done = 0; done < count; done++) {
      const server = await restart(bundle, dataDir);
      await verify(server, file, tracked);
      let stopped = false;
      const loops = Array.from({ length: writers }, (_, w) => write(server, tracked, w, () => stopped).catch(() => undefined));
      // Mostly in the thick of the saves; now and then right at the start, while the core opens.
      const delay = random.next() < 0.15 ? random.below(15) : 10 + random.below(250);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.kill();
      stopped = true;
      await Promise.all(loops);
      figures.kills += 1;
      if (figures.kills % 25 === 0) {
        console.log(
          `${figures.kills} kills, ${figures.acknowledged} acknowledged, ${figures.lost} lost, ${Math.round((Date.now() - started) / 1000)} s`,
        );
      }
    }
    const last = await restart(bundle, dataDir);
    await verify(last, file, tracked);
    await last.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(
    `${name}: ${kills} kills with SIGKILL in ${lanes} lanes while ${writers} writers each save through HTTP (seed ${random.seed})`,
  );
  const bundle = bundleServer();
  await Promise.all(Array.from({ length: lanes }, () => lane(bundle, Math.ceil(kills / lanes))));
  const ok =
    figures.lost === 0 &&
    figures.integrityFailures === 0 &&
    figures.failedRestarts === 0 &&
    figures.uncheckedStarts === 0 &&
    figures.searchMisses === 0 &&
    figures.unexpected === 0 &&
    figures.kills >= kills;
  const line =
    `kills=${figures.kills} acknowledged=${figures.acknowledged} lost=${figures.lost} integrity_failures=${figures.integrityFailures} ` +
    `failed_restarts=${figures.failedRestarts} unchecked_starts=${figures.uncheckedStarts} committed_unanswered=${figures.committedUnanswered} ` +
    `search_misses=${figures.searchMisses} seconds=${Math.round((Date.now() - started) / 1000)}`;
  console.log(`PROOF ${name} ${ok ? 'ok' : 'failed'} ${line}`);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.log(String((error as Error).stack ?? error));
  console.log(`PROOF ${name} failed error=${JSON.stringify(String((error as Error).message ?? error).slice(0, 200))}`);
  process.exit(1);
});
