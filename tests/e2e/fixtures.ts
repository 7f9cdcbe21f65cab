import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

export interface SpaltServer {
  /** The address with the per-launch token, as the CLI prints it. */
  url: string;
  origin: string;
  dataDir: string;
  databaseFile: string;
  /** Opens the profile's SQLite file read-only, to assert what is on disk. */
  readDatabase: <T>(read: (db: Database.Database) => T) => T;
}

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server/cli.ts'], {
    env: { ...process.env, SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Spalt did not start:\n${output}`)), 20_000);
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
  return { child, url };
}

export const test = base.extend<{ spalt: SpaltServer }>({
  spalt: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-'));
    const { child, url } = await startServer(dataDir);
    const databaseFile = join(dataDir, 'spalt.sqlite');
    await use({
      url,
      origin: new URL(url).origin,
      dataDir,
      databaseFile,
      readDatabase: (read) => {
        const db = new Database(databaseFile, { readonly: true });
        try {
          return read(db);
        } finally {
          db.close();
        }
      },
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Opens Spalt the way a user does: the printed address, which trades the token for a cookie. */
export async function openSpalt(page: Page, spalt: SpaltServer): Promise<void> {
  await page.goto(spalt.url);
  await expect(page.getByRole('heading', { name: 'Artiklar', level: 1 })).toBeVisible();
}

/** Creates an article through the UI and returns its id from the address bar. */
export async function createArticle(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Ny artikel' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toBeVisible();
  const id = /#\/article\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`No article id in ${page.url()}`);
  return id;
}

export function bodyEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Brödtext' });
}

/** Waits until the save status says everything is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Sparat \d{2}:\d{2}$/ })).toBeVisible();
}
