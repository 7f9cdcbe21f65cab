/**
 * Proof contract-fuzz: every operation of the contract (shared/api.ts), spoiled in thousands
 * of ways and sent through the real HTTP adapter of a real browser-mode process, plus crafted
 * addresses and operation names. It holds when
 * - every refusal is a typed error (a known code) under the status that code answers
 *   (main/server/status.ts), and none is `internal`;
 * - the process is alive and answers after every operation's batch (0 crashes);
 * - no refused call changed the database (every table's rows hashed before and after).
 * A spoiled input that is still valid (an extra field is ignored) may be accepted.
 *
 *   npx tsx tests/proofs/contract-fuzz.proof.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationNames } from '../../shared/api';
import { errorCodes, type ErrorCode } from '../../shared/errors';
import { statusFor } from '../../main/server/status';
import { startSpaltProcess } from '../support/spalt-process';
import { databaseFingerprint, httpClient, type Answer, type Request } from './contract-fuzz/client';
import { casesFor, type Case } from './contract-fuzz/hostile';
import { craftedRequests } from './contract-fuzz/crafted';
import { makeSeeds } from './contract-fuzz/seeds';

const started = Date.now();
const figures = { calls: 0, accepted: 0, refused: 0, crashes: 0, internal: 0, untyped: 0, wrongStatus: 0, dbChanges: 0 };
const statuses = new Map<number, number>();
const failures: string[] = [];

function fail(what: string): void {
  if (failures.length < 20) failures.push(what);
}

/** A typed refusal under its own status; returns whether it was accepted instead. */
function judge(label: string, answer: Answer): 'accepted' | 'refused' {
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  let result: { ok?: unknown; error?: { code?: unknown } };
  try {
    result = JSON.parse(answer.body) as typeof result;
  } catch {
    figures.untyped += 1;
    fail(`${label}: ${answer.status} with no typed answer: ${answer.body.slice(0, 120)}`);
    return 'refused';
  }
  if (result.ok === true && answer.status === 200) return 'accepted';
  const code = result.error?.code;
  if (typeof code !== 'string' || !(errorCodes as readonly string[]).includes(code)) {
    figures.untyped += 1;
    fail(`${label}: ${answer.status} without a known error code: ${answer.body.slice(0, 120)}`);
    return 'refused';
  }
  if (code === 'internal') {
    figures.internal += 1;
    fail(`${label}: internal: ${answer.body.slice(0, 200)}`);
  }
  if (statusFor(code as ErrorCode) !== answer.status) {
    figures.wrongStatus += 1;
    fail(`${label}: ${code} answered ${answer.status}, not ${statusFor(code as ErrorCode)}`);
  }
  return 'refused';
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'spalt-proof-fuzz-'));
  const dataDir = join(workDir, 'data');
  const spalt = await startSpaltProcess(dataDir);
  const send = httpClient(spalt.origin);
  const auth = { 'x-spalt-token': spalt.token };
  const fingerprint = databaseFingerprint(join(dataDir, 'spalt.sqlite'));
  try {
    const seeds = await makeSeeds(send, { ...auth, 'content-type': 'application/json' }, workDir);
    /**
     * The database as it stands once the work an accepted save left for after its answer is
     * done: the search index catches up then, and any search first waits for it.
     */
    const settled = async (): Promise<string> => {
      await send({ path: '/api/invoke/articles.list', headers: { ...auth, 'content-type': 'application/json' }, body: '{"query":"hall"}' });
      return fingerprint.read();
    };
    let before = await settled();

    /** One call: judged, and for a refusal the database compared with before it. */
    const attempt = async (label: string, req: Request, typed = true): Promise<Answer | null> => {
      figures.calls += 1;
      let answer: Answer;
      try {
        answer = await send(req);
      } catch (error) {
        figures.crashes += 1;
        fail(`${label}: no answer: ${(error as Error).message}`);
        return null;
      }
      const verdict = typed ? judge(label, answer) : 'refused';
      if (!typed) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (verdict === 'accepted') {
        figures.accepted += 1;
        before = await settled();
        return answer;
      }
      figures.refused += 1;
      const after = fingerprint.read();
      // A refusal of the call itself (4xx) must leave no trace; a site that failed (5xx) may have been recorded.
      if (after !== before && answer.status < 500) {
        figures.dbChanges += 1;
        fail(`${label}: refused (${answer.status}), yet the database changed`);
      }
      before = after;
      return answer;
    };

    /** After each batch: the process is still there, and answers. */
    const alive = async (batch: string): Promise<void> => {
      const answer = await send({
        path: '/api/invoke/app.info',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{}',
      }).catch(() => null);
      if (spalt.child.exitCode !== null || spalt.child.signalCode !== null || answer?.status !== 200) {
        figures.crashes += 1;
        fail(`after ${batch}: the process is gone or does not answer`);
        throw new Error(`Spalt stopped during ${batch}`);
      }
    };

    for (const operation of operationNames) {
      await seeds.ensure();
      before = await settled();
      const valid = await seeds.validInput(operation);
      const cases: Case[] = casesFor(valid);
      for (const one of cases) {
        const contentType = one.contentType === undefined ? 'application/json' : one.contentType;
        const headers: Record<string, string> = { ...auth, ...(contentType === null ? {} : { 'content-type': contentType }) };
        await attempt(`${operation}: ${one.label}`, { path: `/api/invoke/${operation}`, headers, body: one.body, chunked: one.chunked });
      }
      await alive(operation);
      console.log(`${operation}: ${cases.length} calls, the process alive after them`);
    }

    for (const crafted of craftedRequests(spalt.origin, spalt.token)) {
      const label = `${crafted.method ?? 'POST'} ${crafted.path.slice(0, 60)}`;
      const answer = await attempt(label, crafted, crafted.typed);
      if (answer && answer.status !== crafted.status) {
        figures.wrongStatus += 1;
        fail(`${label}: answered ${answer.status}, not ${crafted.status}`);
      }
    }
    await alive('crafted addresses');
  } finally {
    fingerprint.close();
    await spalt.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => fail(`the proof itself failed: ${(error as Error).stack ?? String(error)}`))
  .finally(() => {
    for (const failure of failures) console.log(`  FAILED ${failure}`);
    const perStatus = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}:${n}`)
      .join(',');
    const ok =
      failures.length === 0 && figures.crashes + figures.internal + figures.untyped + figures.wrongStatus + figures.dbChanges === 0;
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `PROOF contract-fuzz ${ok ? 'ok' : 'failed'} calls=${figures.calls} operations=${operationNames.length} accepted=${figures.accepted} refused=${figures.refused} statuses=${perStatus} internal=${figures.internal} untyped=${figures.untyped} wrong_status=${figures.wrongStatus} crashes=${figures.crashes} db_changes=${figures.dbChanges} seconds=${seconds}`,
    );
    process.exit(ok ? 0 : 1);
  });
