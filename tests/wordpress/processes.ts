/** Process helpers for the WordPress test site: run, wait, signal process groups, find ports. */
import { execFile, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createConnection, createServer, type NetConnectOpts } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether something accepts connections at a TCP port or a unix socket. */
export function accepts(target: NetConnectOpts): Promise<boolean> {
  return new Promise((resolve) => {
    const connection = createConnection(target);
    connection.once('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.once('error', () => resolve(false));
  });
}

export function run(command: string, args: string[], options: { env: NodeJS.ProcessEnv }): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: options.env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Polls ready() until it says yes; fails early with the log when the process exits. */
export async function waitFor(
  what: string,
  child: ChildProcess,
  ready: () => Promise<boolean>,
  timeoutMs: number,
  log: () => string,
): Promise<void> {
  let exited: number | string | null | undefined;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`${what} exited (${exited}) while starting:\n${log()}`);
    if (await ready()) return;
    await sleep(25);
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${log()}`);
}

export function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/** Signals a process group and waits until none of its processes is left (zombies aside). */
export async function endGroup(group: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  killGroup(group, signal);
  const deadline = Date.now() + graceMs;
  while (liveProcessesInGroup(group).length > 0) {
    if (Date.now() > deadline) {
      killGroup(group, 'SIGKILL');
      await sleep(50);
      if (liveProcessesInGroup(group).length === 0) return;
      throw new Error(`Process group ${group} did not end`);
    }
    await sleep(20);
  }
}

/** Ids of the processes in a process group that are not zombies, from /proc. */
export function liveProcessesInGroup(group: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group && fields[0] !== 'Z' && fields[0] !== 'X') pids.push(Number(entry));
  }
  return pids;
}

export type ProcessRole = 'watchdog' | 'mariadb' | 'php';
/** Records a started process (by its group) so that stop() and the watchdog can end it. */
export type Track = (child: ChildProcess, role: ProcessRole) => ChildProcess;
