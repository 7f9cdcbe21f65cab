import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, Result } from '../../shared/api';
import { contentSecurityPolicy } from '../../main/csp';

const root = fileURLToPath(new URL('../..', import.meta.url));
const addressPattern = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;

let launched: ChildProcess | null = null;
const dataDirs: string[] = [];

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Stops `npm start` and everything it started: launch.mjs, npm, vite, the server. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 10_000);
  await exited(child);
  clearTimeout(timer);
}

function waitForAddress(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = addressPattern.exec(output());
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before printing an address:\n${output()}`));
    });
  });
}

afterEach(async () => {
  if (launched) await stopGroup(launched);
  launched = null;
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start on a machine without the Electron program', () => {
  it('says why, falls back to browser mode and serves the app from the given data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spalt-launch-'));
    dataDirs.push(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    // Where an Electron program is installed, point at an empty folder so the fallback still runs.
    const electronInstalled = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));
    if (electronInstalled) {
      const emptyDir = mkdtempSync(join(tmpdir(), 'spalt-no-electron-'));
      dataDirs.push(emptyDir);
      env.ELECTRON_OVERRIDE_DIST_PATH = emptyDir;
    }

    let output = '';
    const child = spawn(process.execPath, [join(root, 'main', 'launch.mjs')], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launched = child;
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

    const address = await waitForAddress(child, () => output, 150_000);

    const [swedish, english] = electronInstalled
      ? ['ELECTRON_OVERRIDE_DIST_PATH pekar på', 'ELECTRON_OVERRIDE_DIST_PATH points to']
      : ['Electron-programmet saknas: det kunde inte laddas ner när Spalt installerades', 'The Electron program is missing'];
    // The reason, Swedish first, then the fallback, then the address.
    const order = [swedish, english, 'Startar Spalt i webbläsarläge i stället.', address].map((text) => output.indexOf(text));
    expect(
      order.every((at) => at >= 0),
      output,
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const origin = new URL(address).origin;
    const exchange = await fetch(address, { redirect: 'manual' });
    expect(exchange.status).toBe(303);
    expect(exchange.headers.get('location')).toBe('/');
    const setCookie = exchange.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^spalt_token_\d+=[\w-]+; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0] ?? '';

    const page = await fetch(`${origin}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const html = await page.text();
    expect(html).toMatch(/^<!doctype html>/i);
    const script = /<script type="module"[^>]*src="([^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();

    // The page's own bundle is there too: this is the freshly built renderer, not an error page.
    const bundle = await fetch(new URL(script ?? '', `${origin}/`), { headers: { cookie } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(1000);

    const info = await fetch(`${origin}/api/invoke/app.info`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    const result = (await info.json()) as Result<AppInfo>;
    expect(result.ok && result.value.dataDir).toBe(dataDir);

    await stopGroup(child);
    launched = null;
    const databaseFile = join(dataDir, 'spalt.sqlite');
    expect(existsSync(databaseFile)).toBe(true);
    expect(readFileSync(databaseFile).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // A clean shutdown folds the write-ahead log into the file and removes it.
    expect(existsSync(`${databaseFile}-wal`)).toBe(false);
  }, 200_000);
});
