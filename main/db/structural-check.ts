/**
 * SQLite's `quick_check` of a whole database file, run on a thread of its own with its own
 * read-only connection, so that opening can wait for it a bounded time and a large profile's
 * check goes on in the background instead of holding up the start.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export type CheckOutcome =
  | { state: 'ok' }
  | { state: 'damaged'; detail: string }
  /** The check could not run (no thread, no connection): nothing is known either way. */
  | { state: 'unchecked'; detail: string };

export interface StructuralCheck {
  /** Waits up to `ms` for the outcome, blocking; null when the check is still running. */
  wait: (ms: number) => CheckOutcome | null;
  /** Calls `listener` once with the outcome (at once when it is already known). */
  whenDone: (listener: (outcome: CheckOutcome) => void) => void;
  /** Stops a check still running; its outcome is then never reported. */
  stop: () => void;
}

const pending = 0;
const states = ['ok', 'damaged', 'unchecked'] as const;
const detailBytes = 2048;

interface CheckData {
  module: string;
  nativeBinding: string | undefined;
  file: string;
  shared: SharedArrayBuffer;
}

/**
 * The thread's whole program, as plain CommonJS text: a bundler never rewrites a string, so
 * the same text runs under tsx, Vitest, esbuild's bundles and Electron. It always answers
 * through the shared memory (1 ok, 2 damaged, 3 could not check), whatever happens, because
 * the opening thread may be blocked waiting and cannot hear an error event meanwhile.
 */
const checkThreadSource = `
const { workerData } = require('node:worker_threads');
const flag = new Int32Array(workerData.shared, 0, 1);
const detail = new Uint8Array(workerData.shared, 4, ${detailBytes});
let state = 3;
let text = '';
try {
  const Database = require(workerData.module);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  try {
    const problems = db.pragma('quick_check(20)').map((row) => row.quick_check).filter((line) => line !== 'ok');
    state = problems.length === 0 ? 1 : 2;
    text = problems.join('; ');
  } finally {
    db.close();
  }
} catch (error) {
  const code = String((error && error.code) || '');
  state = /^SQLITE_(CORRUPT|NOTADB)/.test(code) ? 2 : 3;
  text = (code + ' ' + (error && error.message)).trim();
}
detail.set(new TextEncoder().encode(text).subarray(0, ${detailBytes}));
Atomics.store(flag, 0, state);
Atomics.notify(flag, 0);
`;

function betterSqliteModule(): string {
  // The Electron bundle is CommonJS with its own require; under tsx and Vitest this file is an
  // ES module, always run from the project's folder.
  // (An ES module bundle has a require stand-in without resolve.)
  const here =
    typeof require === 'function' && typeof require.resolve === 'function' ? require : createRequire(join(process.cwd(), 'package.json'));
  return here.resolve('better-sqlite3');
}

/**
 * Below this size (the file and its log together) the check takes less than getting a thread
 * going (tens of milliseconds), so it runs at once on the calling thread: the same program,
 * given the same data.
 */
const checkHereBelowBytes = 4 * 1024 * 1024;

function bytesOf(file: string): number {
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

function checkHere(data: CheckData): void {
  const local = createRequire(data.module);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the worker's own program text, run on this thread
  const program = new Function('require', checkThreadSource) as (require: (name: string) => unknown) => void;
  program((name) => (name === 'node:worker_threads' ? { workerData: data } : local(name)));
}

/** Checks started ahead of opening, by file, for the opening to take. */
const startedEarly = new Map<string, { check: StructuralCheck; nativeBinding: string | undefined }>();

/**
 * Starts checking an existing `file` while the program is still loading, on a core of its own:
 * opening the file then takes this check rather than starting one and waiting for its thread
 * to get going. The check only reads, so a file that opening refuses is left as it was.
 */
export function startStructuralCheckEarly(file: string, nativeBinding?: string): void {
  if (startedEarly.has(file) || !existsSync(file)) return;
  startedEarly.set(file, { check: startStructuralCheck(file, nativeBinding), nativeBinding });
}

/**
 * Starts checking `file` now (or takes the check started early for it). `waitMs`: how long the
 * caller will wait for the outcome; one that waits checks a small file on its own thread.
 */
export function startStructuralCheck(file: string, nativeBinding?: string, waitMs = Infinity): StructuralCheck {
  const early = startedEarly.get(file);
  if (early) {
    startedEarly.delete(file);
    if (early.nativeBinding === nativeBinding) return early.check;
    early.check.stop();
  }
  const shared = new SharedArrayBuffer(4 + detailBytes);
  const flag = new Int32Array(shared, 0, 1);
  const listeners: Array<(outcome: CheckOutcome) => void> = [];
  let stopped = false;
  let reported = false;

  const outcome = (): CheckOutcome | null => {
    const code = Atomics.load(flag, 0);
    if (code === pending) return null;
    const raw = new Uint8Array(shared, 4, detailBytes);
    const end = raw.indexOf(0);
    const detail = new TextDecoder().decode(raw.slice(0, end === -1 ? detailBytes : end));
    const state = states[code - 1] ?? 'unchecked';
    return state === 'ok' ? { state } : { state, detail };
  };
  const report = () => {
    const known = outcome();
    if (!known || reported || stopped) return;
    reported = true;
    for (const listener of listeners.splice(0)) listener(known);
  };
  const fail = (detail: string) => {
    if (Atomics.load(flag, 0) !== pending) return;
    new Uint8Array(shared, 4, detailBytes).set(new TextEncoder().encode(detail).subarray(0, detailBytes));
    Atomics.store(flag, 0, 3);
    Atomics.notify(flag, 0);
  };

  let worker: Worker | null = null;
  try {
    const data: CheckData = { module: betterSqliteModule(), nativeBinding, file, shared };
    if (waitMs > 0 && bytesOf(file) < checkHereBelowBytes) {
      checkHere(data);
    } else {
      worker = new Worker(checkThreadSource, { eval: true, workerData: data });
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', () => {
        fail('the check stopped without an answer');
        report();
      });
      worker.unref();
    }
  } catch (error) {
    fail((error as Error).message);
  }

  return {
    wait: (ms) => {
      if (Atomics.load(flag, 0) === pending) Atomics.wait(flag, 0, pending, ms);
      return outcome();
    },
    whenDone: (listener) => {
      listeners.push(listener);
      report();
    },
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}
