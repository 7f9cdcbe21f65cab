import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Transport } from '../../shared/transport';
import { useTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDir('spalt-electron-build-');

/** Every module the code requires: `require("x")`, and `createRequire(…)("x")` for one loaded when first needed (sharp). */
function requiredModules(code: string): string[] {
  return [...code.matchAll(/\b(?:require|createRequire\)\([^)]*\))\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((match) => match[2] ?? '');
}

/** A stand-in for electron's preload API that records what the bundle does with it. */
function fakeElectron() {
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const receivers = new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: 'from main' });
      },
      send: (...args: unknown[]) => sent.push(args),
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        receivers.set(channel, [...(receivers.get(channel) ?? []), listener]);
      },
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of receivers.get(channel) ?? []) listener({ sender: 'ipc' }, ...args);
  };
  return { electron, exposed, invoked, sent, receivers, emit };
}

describe('the Electron bundles', () => {
  let preload = '';
  let main = '';

  beforeAll(() => {
    const outDir = tempDir();
    execFileSync(process.execPath, [join(root, 'main', 'electron', 'build.mjs'), '--out-dir', outDir], { stdio: 'pipe' });
    preload = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
    main = readFileSync(join(outDir, 'main.cjs'), 'utf8');
  }, 60_000);

  it('makes the preload one CommonJS file whose only require is electron', () => {
    expect(preload.length).toBeGreaterThan(0);
    expect(requiredModules(preload)).toEqual(['electron']);
    // Every require( in the file is that one: nothing computed, nothing Node-only.
    expect(preload.match(/\brequire\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('keeps only electron, the native packages and Node built-ins outside the main bundle', () => {
    const outside = new Set(requiredModules(main));
    const allowed = ['electron', 'better-sqlite3', 'sharp'];
    for (const name of allowed) expect(outside.has(name), name).toBe(true);
    for (const name of outside) {
      // A dependency may name a built-in without the node: prefix (exifr asks for "module").
      expect(allowed.includes(name) || name.startsWith('node:') || builtinModules.includes(name), name).toBe(true);
    }
  });

  it('exposes exactly window.spalt with invoke, invokeOnExit and on, limited to the contract', async () => {
    const fake = fakeElectron();
    const requireInSandbox = (name: string) => {
      if (name !== 'electron') throw new Error(`the sandbox has no module ${name}`);
      return fake.electron;
    };
    runInNewContext(preload, { require: requireInSandbox, module: { exports: {} }, exports: {}, console });

    expect([...fake.exposed.keys()]).toEqual(['spalt']);
    const bridge = fake.exposed.get('spalt') as Transport;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'invokeOnExit', 'on']);

    await expect(bridge.invoke('articles.list', { query: 'kommun' })).resolves.toEqual({ ok: true, value: 'from main' });
    expect(fake.invoked).toEqual([['spalt:invoke', 'articles.list', { query: 'kommun' }]]);
    const invokeUnknown = bridge.invoke.bind(bridge) as (name: string, input: unknown) => Promise<unknown>;
    await expect(invokeUnknown('fs.readFile', { path: '/etc/passwd' })).rejects.toThrow(/Okänd åtgärd/);
    await expect(invokeUnknown('constructor', {})).rejects.toThrow(/Okänd åtgärd/);
    expect(fake.invoked).toHaveLength(1);

    bridge.invokeOnExit('articles.save', { id: 'a', baseRevision: 1, draft: {} as never });
    expect(fake.sent).toEqual([['spalt:invoke-on-exit', 'articles.save', { id: 'a', baseRevision: 1, draft: {} }]]);
    expect(() => (bridge.invokeOnExit as (name: string, input: unknown) => void)('shell.exec', {})).toThrow(/Okänd åtgärd/);
    expect(fake.sent).toHaveLength(1);

    const received: unknown[] = [];
    const off = bridge.on('settings.changed', (payload) => received.push(payload));
    expect(() => (bridge.on as (name: string, listener: () => void) => void)('ipc.anything', () => {})).toThrow(/Okänd händelse/);
    fake.emit('spalt:event', 'settings.changed', { language: 'en' });
    fake.emit('spalt:event', 'article.changed', { id: 'x' });
    fake.emit('spalt:event', 'not.an.event', { secret: true });
    off();
    fake.emit('spalt:event', 'settings.changed', { language: 'sv' });
    // The listener sees the payload only: never the IPC event object with its sender.
    expect(received).toEqual([{ language: 'en' }]);
    bridge.on('article.changed', () => {});
    expect(fake.receivers.get('spalt:event')).toHaveLength(1);

    // A menu command reaches the window the same way as the core's events.
    const commands: unknown[] = [];
    bridge.on('app.command', (payload) => commands.push(payload));
    fake.emit('spalt:event', 'app.command', { command: 'publish' });
    expect(commands).toEqual([{ command: 'publish' }]);
  });
});
