/**
 * Browser mode's server as `npm run serve` runs it (the real core on a real SQLite file behind
 * the real HTTP adapter, compiled JavaScript), started as its own process and killed with SIGKILL.
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureServerBundle } from '../../support/server-bundle';
import { startSpaltProcess, type SpaltProcess } from '../../support/spalt-process';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Builds the server once for this run (unless the run already has) and returns what to start. */
export function bundleServer(): string {
  return ensureServerBundle();
}

export type ServerProcess = SpaltProcess;

/** Starts the bundled server on `dataDir` and waits for the address it prints. */
export function startServer(bundle: string, dataDir: string): Promise<ServerProcess> {
  return startSpaltProcess(dataDir, { cwd: projectRoot, args: [bundle] });
}

export type Answer = { status: number; body: { ok: boolean; value?: unknown; error?: { code: string } } };

/** How long one call may go unanswered before it counts as a call whose answer never came. */
const answerTimeoutMs = 15_000;

/**
 * One call of the HTTP contract, as the renderer makes it (the token as a header here). A call
 * whose server is killed while it answers can leave the answer waiting with nothing that keeps
 * Node's event loop alive, and a proof then ends silently, exit code 0 and no result line (seen
 * once in the crash proof). So a timer of the loop's own gives up on the call, which then
 * rejects as the killed calls do.
 */
export async function invoke(server: Pick<ServerProcess, 'origin' | 'token'>, name: string, input: unknown): Promise<Answer> {
  const abandon = new AbortController();
  const timer = setTimeout(() => abandon.abort(new Error(`${name}: no answer within ${answerTimeoutMs} ms`)), answerTimeoutMs);
  try {
    const response = await fetch(`${server.origin}/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spalt-token': server.token },
      body: JSON.stringify(input),
      signal: abandon.signal,
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  } finally {
    clearTimeout(timer);
  }
}
