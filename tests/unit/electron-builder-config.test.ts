/**
 * electron-builder.yml as the installers are built from it: the Debian maintainer, the icons at
 * every size, what is left out of the app, the fuses and the update feed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { icnsTypes, icoSizes, pngSizes } from '../../main/electron/make-icons.mjs';
import { packagingConfig, readBuilderConfig } from '../../main/electron/package.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string; channel?: string } | null;
  linux: { target: string[]; icon: string; maintainer: string; category: string; desktop: { entry: Record<string, string> } };
  win: { icon: string };
  nsis: { installerIcon: string; uninstallerIcon: string; oneClick: boolean };
  mac: { icon: string };
  dmg: { icon: string; contents: Array<{ type?: string; path?: string }> };
}

const config = readBuilderConfig(root) as unknown as BuilderConfig;

/**
 * Whether a path goes into the app: electron-builder gathers the production node_modules by
 * itself, and the `files` patterns then keep or drop paths (the last one matching decides).
 */
function shipped(path: string): boolean {
  let kept = path.startsWith('node_modules/');
  for (const pattern of config.files) {
    const exclude = pattern.startsWith('!');
    if (matchesGlob(path, exclude ? pattern.slice(1) : pattern)) kept = !exclude;
  }
  return kept;
}

describe('electron-builder.yml', () => {
  it('names a Debian maintainer with an e-mail address, and a desktop entry', () => {
    expect(config.linux.target).toContain('deb');
    expect(config.linux.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.desktop.entry).toMatchObject({ Name: 'Spalt', Categories: 'Office;News;', StartupWMClass: 'Spalt' });
  });

  it('points every installer at icons that exist, at every size', async () => {
    const iconDir = join(root, config.linux.icon);
    for (const size of pngSizes) {
      const meta = await sharp(join(iconDir, `${size}x${size}.png`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
    for (const file of [config.win.icon, config.nsis.installerIcon, config.nsis.uninstallerIcon, config.mac.icon, config.dmg.icon]) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });

  it('has an .ico holding each Windows size and an .icns holding each macOS one', async () => {
    const ico = readFileSync(join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(icoSizes.length);
    const sizes = await Promise.all(
      icoSizes.map(async (_, i) => {
        const length = ico.readUInt32LE(6 + 16 * i + 8);
        const offset = ico.readUInt32LE(6 + 16 * i + 12);
        return (await sharp(ico.subarray(offset, offset + length)).metadata()).width;
      }),
    );
    expect(sizes).toEqual(icoSizes);

    const icns = readFileSync(join(root, config.mac.icon));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Array<[string, number | undefined]> = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const png = icns.subarray(at + 8, at + icns.readUInt32BE(at + 4));
      found.push([icns.toString('ascii', at, at + 4), (await sharp(png).metadata()).width]);
    }
    expect(found).toEqual(icnsTypes);
  });

  it('ships the loaded JavaScript and binaries, and none of the dead weight', () => {
    for (const path of [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'package.json',
      'node_modules/better-sqlite3/lib/database.js',
      'node_modules/better-sqlite3/package.json',
      'node_modules/bindings/bindings.js',
      'node_modules/detect-libc/lib/detect-libc.js',
      'node_modules/semver/index.js',
      'node_modules/@img/colour/index.cjs',
      'node_modules/sharp/dist/index.cjs',
      'node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64-0.35.5.node',
      'node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.18.7',
    ]) {
      expect(shipped(path), path).toBe(true);
    }
    for (const path of [
      'dist/electron/main.cjs.map',
      'dist/server/spalt-server.cjs',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/build/Release/obj.target/sqlite3/gen/sqlite3/sqlite3.o',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/binding.gyp',
      'node_modules/sharp/src/pipeline.cc',
      'node_modules/sharp/install/check.js',
      'node_modules/hunspell-asm/dist/cjs/index.js',
      'node_modules/dictionary-sv/index.dic',
      'node_modules/exifr/dist/full.umd.js',
      'node_modules/fflate/lib/index.cjs',
      'node_modules/prebuild-install/index.js',
      'node_modules/tar-fs/index.js',
      'node_modules/sharp/README.md',
    ]) {
      expect(shipped(path), path).toBe(false);
    }
    // Nothing native is left in better-sqlite3's folder, so only sharp needs unpacking.
    expect(config.asarUnpack).toEqual(['node_modules/sharp/**', 'node_modules/@img/**']);
    expect(config.extraResources).toContainEqual({ from: 'build/electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' });
    for (const { from } of config.extraResources.filter((entry) => !entry.from.startsWith('build/electron-native'))) {
      expect(existsSync(join(root, from)), from).toBe(true);
    }
  });

  it('flips the fuses that keep Spalt from running as plain Node or from a loose app folder', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeCliInspectArguments: false });
  });

  it('publishes the update feed to a generic server at SPALT_UPDATE_URL, and to none without it', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.SPALT_UPDATE_URL}', channel: 'latest' });
    expect(packagingConfig(readBuilderConfig(root), {}).publish).toBeNull();
    expect(packagingConfig(readBuilderConfig(root), { SPALT_UPDATE_URL: '  ' }).publish).toBeNull();
    expect(packagingConfig(readBuilderConfig(root), { SPALT_UPDATE_URL: 'https://updates.example.com/spalt' }).publish).toEqual({
      provider: 'generic',
      url: 'https://updates.example.com/spalt',
      channel: 'latest',
    });
    expect(() => packagingConfig(readBuilderConfig(root), { SPALT_UPDATE_URL: 'http://updates.example.com/' })).toThrow(
      /måste vara en https-adress/,
    );
    expect(() => packagingConfig(readBuilderConfig(root), { SPALT_UPDATE_URL: 'updates' })).toThrow(/must be an https address/);
  });

  it("names the newsroom's own maintainer from SPALT_MAINTAINER, and refuses one without an address", () => {
    const maintainer = (env: Record<string, string>) =>
      (packagingConfig(readBuilderConfig(root), env) as unknown as BuilderConfig).linux.maintainer;
    expect(maintainer({})).toBe(config.linux.maintainer);
    expect(maintainer({ SPALT_MAINTAINER: ' ' })).toBe(config.linux.maintainer);
    expect(maintainer({ SPALT_MAINTAINER: ' Länstidningens IT <it@lanstidningen.example> ' })).toBe(
      'Länstidningens IT <it@lanstidningen.example>',
    );
    const ours = packagingConfig(readBuilderConfig(root), {
      SPALT_MAINTAINER: 'Länstidningens IT <it@lanstidningen.example>',
    }) as unknown as BuilderConfig;
    expect(ours.linux.desktop).toEqual(config.linux.desktop);
    for (const wrong of ['it@lanstidningen.example', 'Länstidningens IT', 'IT <it@lanstidningen>', '<it@lanstidningen.example>']) {
      expect(() => packagingConfig(readBuilderConfig(root), { SPALT_MAINTAINER: wrong })).toThrow(
        /ska vara ett namn och en e-postadress.*must be a name and an e-mail address/,
      );
    }
  });

  it('asks for the Node versions its tools run on', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.13.0 || >=24 <27');
  });
});
