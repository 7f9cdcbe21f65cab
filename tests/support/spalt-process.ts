import { spawn, type ChildProcess } from 'node:child_process';
import { ensureServerBundle } from './server-bundle';

export interface SpaltProcess {
  child: ChildProcess;
  /** The address with the per-launch token, as `npm run serve` prints it. */
  url: string;
  origin: string;
  token: string;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<void>;
  /** SIGTERM, as a user quitting. */
  stop: () => Promise<void>;
  /** SIGKILL: no handler runs, nothing is flushed or closed. */
  kill: () => Promise<void>;
  /** Everything it has printed so far. */
  output: () => string;
}

export interface SpaltProcessOptions {
  cwd?: string;
  /** Node's arguments; by default the built server, as `npm run serve` runs it. */
  args?: string[];
  timeoutMs?: number;
  /** The port to listen on, as SPALT_PORT; 0 (a free one) by default. */
  port?: number;
}

/**
 * Starts `npm run serve`'s program (dist/server/spalt-server.cjs: the real core on its own SQLite
 * file, behind the real HTTP adapter) on a free port (or the one given), and waits for the
 * address it prints.
 */
export async function startSpaltProcess(dataDir: string, options: SpaltProcessOptions = {}): Promise<SpaltProcess> {
  const { cwd = process.cwd(), timeoutMs = 30_000, port = 0 } = options;
  const args = options.args ?? [ensureServerBundle()];
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Spalt did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Spalt exited with ${child.exitCode ?? child.signalCode}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    exited,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    output: () => output,
  };
}
