/**
 * Browser mode's server (main/server/cli.ts: the real core on a real SQLite file behind the
 * real HTTP adapter), bundled once with esbuild so that a restart costs a plain `node` start
 * rather than tsx's compile, started as its own process, and killed with SIGKILL.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startSpaltProcess, type SpaltProcess } from '../../support/spalt-process';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Bundles the server entry into dist/proofs (two folders down, as cli.ts finds the project from its own place). */
export async function bundleServer(): Promise<string> {
  const outfile = join(projectRoot, 'dist', 'proofs', 'spalt-server.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(projectRoot, 'main', 'server', 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The native packages load from node_modules as they must; everything else is in one file.
    external: ['better-sqlite3', 'sharp'],
    // Less to parse at every one of hundreds of starts; the code is the same.
    minify: true,
    // CommonJS packages inside (yaml, exifr) require Node's modules at run time; an ES module has
    // no require of its own, so the bundle makes one.
    banner: { js: "import { createRequire as spaltCreateRequire } from 'node:module'; const require = spaltCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

export type ServerProcess = SpaltProcess;

/** Starts the bundled server on `dataDir` and waits for the address it prints. */
export function startServer(bundle: string, dataDir: string): Promise<ServerProcess> {
  return startSpaltProcess(dataDir, { cwd: projectRoot, args: [bundle] });
}

export type Answer = { status: number; body: { ok: boolean; value?: unknown; error?: { code: string } } };

/** One call of the HTTP contract, as the renderer makes it (the token as a header here). */
export async function invoke(server: Pick<ServerProcess, 'origin' | 'token'>, name: string, input: unknown): Promise<Answer> {
  const response = await fetch(`${server.origin}/api/invoke/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spalt-token': server.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}
