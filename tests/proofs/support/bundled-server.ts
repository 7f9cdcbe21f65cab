/**
 * Browser mode's server (main/server/cli.ts: the real core on a real SQLite file behind the
 * real HTTP adapter), bundled once with esbuild so that a restart costs a plain `node` start
 * rather than tsx's compile, started as its own process, and killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
    logLevel: 'warning',
  });
  return outfile;
}

export interface ServerProcess {
  child: ChildProcess;
  origin: string;
  token: string;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<void>;
  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  kill: () => Promise<void>;
  /** SIGTERM, as a user quitting. */
  stop: () => Promise<void>;
  /** Everything it has printed so far. */
  output: () => string;
}

/** Starts the bundled server on `dataDir` and waits for the address it prints. */
export async function startServer(bundle: string, dataDir: string, timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bundle], {
    cwd: projectRoot,
    env: { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no address within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`the server ended before it was ready:\n${output}`));
    });
  });
  const parsed = new URL(url);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    exited,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
    output: () => output,
  };
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
