import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { passwordFileName } from '../../main/publish/secrets';
import { makePhoto } from '../support/photo-fixtures';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-private-');

function modeOf(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

/** Every folder and file under `root`, with its mode, as `path mode` lines relative to it. */
function modesUnder(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    const line = `${path.slice(root.length + 1)} ${modeOf(path)}`;
    return entry.isDirectory() ? [line, ...modesUnder(root, path)] : [line];
  });
}

async function fillProfile(dataDir: string): Promise<string> {
  const core = createCore({ dataDir, version: 'test', outbox: { worker: false } });
  const photo = await makePhoto(join(tempDir(), 'hamnen.jpg'), { width: 640, height: 480, seed: 7 });
  const { photo: imported } = await core.handlers['photos.import']({ fileName: 'hamnen.jpg', data: new Uint8Array(readFileSync(photo)) });
  await core.handlers['sites.save']({
    name: 'Tidningen',
    address: 'https://tidningen.se',
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  await core.handlers['articles.create']({ kind: 'news' });
  // The WAL and shared-memory files exist while the core is open.
  expect(modeOf(join(dataDir, 'spalt.sqlite-wal'))).toBe('600');
  expect(modeOf(join(dataDir, 'spalt.sqlite-shm'))).toBe('600');
  core.close();
  return imported.hash;
}

describe('a private profile folder (POSIX)', () => {
  it('is created 0700 with the database, the password file and every photo file 0600', async () => {
    const dataDir = join(tempDir(), 'Spalt');
    const hash = await fillProfile(dataDir);
    expect(modeOf(dataDir)).toBe('700');
    const modes = modesUnder(dataDir);
    expect(modes).toContain('spalt.sqlite 600');
    expect(modes).toContain(`${passwordFileName} 600`);
    expect(modes).toContain('photos 700');
    expect(modes).toContain(`photos/${hash.slice(0, 2)} 700`);
    expect(modes.filter((line) => line.startsWith(`photos/${hash.slice(0, 2)}/${hash}`))).toHaveLength(3);
    expect(modes.filter((line) => !/ (600|700)$/.test(line))).toEqual([]);
  });

  it('tightens an existing profile that others could read, at the next start', async () => {
    const dataDir = join(tempDir(), 'Spalt');
    const hash = await fillProfile(dataDir);
    // As an older Spalt, a `cp -r` or a restored backup leaves it: readable by everyone.
    writeFileSync(join(dataDir, 'spalt.sqlite-wal'), '');
    const loosen = (folder: string) => {
      chmodSync(folder, 0o755);
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) loosen(join(folder, entry.name));
        else chmodSync(join(folder, entry.name), 0o644);
      }
    };
    loosen(dataDir);
    mkdirSync(join(dataDir, 'photos', 'ff'), { mode: 0o777 });
    chmodSync(join(dataDir, 'photos', 'ff'), 0o777);
    writeFileSync(join(dataDir, 'photos', 'ff', 'stray.jpg'), 'x', { mode: 0o666 });
    chmodSync(join(dataDir, 'photos', 'ff', 'stray.jpg'), 0o666);
    expect(modesUnder(dataDir)).toContain('spalt.sqlite 644');

    const core = createCore({ dataDir, version: 'test', outbox: { worker: false } });
    expect(modeOf(dataDir)).toBe('700');
    const modes = modesUnder(dataDir);
    expect(modes.filter((line) => !/ (600|700)$/.test(line))).toEqual([]);
    expect(modes).toContain(`photos/${hash.slice(0, 2)}/${hash}.jpg 600`);
    expect(modes).toContain('photos/ff/stray.jpg 600');
    expect(modes).toContain('spalt.sqlite-wal 600');
    // The profile still opens and reads as before.
    expect(await core.handlers['articles.list']({ scope: 'active', query: '' })).toHaveLength(1);
    core.close();
  });
});
