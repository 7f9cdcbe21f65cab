import { spawn, type ChildProcess } from 'node:child_process';

export interface SpaltProcess {
  child: ChildProcess;
  /** The address with the per-launch token, as `npm run serve` prints it. */
  url: string;
  origin: string;
  token: string;
  /** Ends it as a crash would: SIGKILL, with no chance to close anything. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Starts `npm run serve`'s program (main/server/cli.ts: the real core on its own SQLite file,
 * behind the real HTTP adapter) on `port` (0: a free one), and waits for the address it prints.
 */
export async function startSpaltProcess(dataDir: string, cwd = process.cwd(), port = 0): Promise<SpaltProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server/cli.ts'], {
    cwd,
    env: { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Spalt did not start:\n${output}`)), 30_000);
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
    child.once('exit', (code) => reject(new Error(`Spalt exited with ${code}:\n${output}`)));
  });
  const parsed = new URL(url);
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return {
    child,
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
  };
}
