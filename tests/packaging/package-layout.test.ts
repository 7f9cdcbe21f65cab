/**
 * What a `--dir` build of the desktop app holds, built with the real configuration, the real
 * dist/ and the real node_modules. It needs an unpacked Electron to package: set
 * SPALT_ELECTRON_DIST to its folder (electron-builder's `electronDist`), after `npm run build`
 * and `npm run build:electron-native`, then `npm run test:package-layout`. It is not part of
 * `npm test`: no Electron can be downloaded where that runs.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packagingConfig, readBuilderConfig } from '../../main/electron/package.mjs';
import { useTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electronDist = process.env.SPALT_ELECTRON_DIST?.trim() ?? '';
const tempDir = useTempDir('spalt-layout-');

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  unpacked?: boolean;
}

/** Every file in an asar archive (its header is a length-prefixed JSON tree), with where its bytes are. */
function asarFiles(archive: string): Map<string, { size: number; unpacked: boolean }> {
  const bytes = readFileSync(archive);
  const json = bytes.toString('utf8', 16, 16 + bytes.readUInt32LE(12));
  const files = new Map<string, { size: number; unpacked: boolean }>();
  const walk = (entry: AsarEntry, path: string) => {
    if (entry.files) for (const [name, child] of Object.entries(entry.files)) walk(child, path === '' ? name : `${path}/${name}`);
    else files.set(path, { size: entry.size ?? 0, unpacked: entry.unpacked === true });
  };
  walk(JSON.parse(json) as AsarEntry, '');
  return files;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function platformFlag(): string {
  return process.platform === 'darwin' ? '--mac' : process.platform === 'win32' ? '--win' : '--linux';
}

describe('the packaged app (electron-builder --dir)', () => {
  it('holds the bundles, the Electron build of better-sqlite3 and sharp, and nothing never loaded', async () => {
    if (electronDist === '') throw new Error('Set SPALT_ELECTRON_DIST to an unpacked Electron (e.g. node_modules/electron/dist)');
    for (const needed of ['dist/electron/main.cjs', 'dist/renderer/index.html', 'build/electron-native/better_sqlite3.node']) {
      if (!existsSync(join(root, needed)))
        throw new Error(`${needed} is missing: run npm run build and npm run build:electron-native first`);
    }
    const output = tempDir();
    const electronVersion = (
      JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
    ).version;
    const config = { ...packagingConfig(readBuilderConfig(root), {}), electronDist, electronVersion, directories: { output } };
    const configFile = join(tempDir(), 'electron-builder.json');
    writeFileSync(configFile, JSON.stringify(config));
    try {
      await promisify(execFile)(
        process.execPath,
        [join(root, 'node_modules', 'electron-builder', 'cli.js'), platformFlag(), 'dir', '--config', configFile, '--publish', 'never'],
        { cwd: root, env: { ...process.env, CI: '1' }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`electron-builder failed:\n${stdout}\n${stderr}`, { cause: error });
    }

    const archive = filesUnder(output).find((file) => file.endsWith('resources/app.asar'));
    expect(archive).toBeDefined();
    const resources = join(output, archive!, '..');
    const inAsar = asarFiles(join(resources, 'app.asar'));
    const names = [...inAsar.keys()];

    expect(names).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']),
    );
    expect(names).toContain('node_modules/better-sqlite3/lib/index.js');
    expect(names.some((name) => /^node_modules\/@img\/sharp-[^/]+\/lib\/.+\.node$/.test(name) && inAsar.get(name)?.unpacked)).toBe(true);
    expect(existsSync(join(resources, 'native', 'better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(resources, 'docs', 'handbok.html'))).toBe(true);
    expect(existsSync(join(resources, 'licenses', 'dictionary-sv.txt'))).toBe(true);

    const deadWeight = names.filter((name) =>
      /^node_modules\/(better-sqlite3\/(build|deps|src)\/|sharp\/(src|install)\/|(hunspell-asm|dictionary-sv|exifr|fflate|prebuild-install|tar-fs)\/)|\.map$|^dist\/server\//.test(
        name,
      ),
    );
    expect(deadWeight).toEqual([]);
    // Every native file in the app is one that is loaded: sharp's and libvips'.
    expect(names.filter((name) => name.endsWith('.node'))).toEqual(
      names.filter((name) => /^node_modules\/@img\/sharp-[^/]+\/lib\/[^/]+\.node$/.test(name)),
    );

    const unpackedBytes = filesUnder(join(resources, 'app.asar.unpacked')).reduce(
      (sum, file) => sum + statSync(join(resources, 'app.asar.unpacked', file)).size,
      0,
    );
    const packages = new Set(names.map((name) => /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(name)?.[1]).filter(Boolean));
    expect([...packages].sort()).toEqual(
      expect.arrayContaining(['@img/colour', 'better-sqlite3', 'bindings', 'detect-libc', 'semver', 'sharp']),
    );
    console.log(`app.asar ${statSync(join(resources, 'app.asar')).size} bytes, app.asar.unpacked ${unpackedBytes} bytes`);
  }, 300_000);
});
