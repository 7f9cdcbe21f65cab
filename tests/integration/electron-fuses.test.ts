/**
 * Electron's fuses as `npm run package` sets them. Electron's own binary cannot run (nor be
 * downloaded) here, so electron-builder packages a stand-in for it: a file carrying Electron's
 * fuse wire (its sentinel, the wire's version and length, one byte per fuse, as Electron's
 * build/fuses writes it). The wire read back from the packaged executable is what the real
 * binary would start with.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { packagingConfig, readBuilderConfig } from '../../main/electron/package.mjs';
import { useTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDir('spalt-fuses-');

type Fuse = keyof Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>;

/**
 * Every fuse electron-builder can set, with the value Spalt ships. Typed against
 * electron-builder's own list, so a fuse added there fails the type check until it is decided.
 */
const shipped = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const satisfies Record<Fuse, boolean>;

/** The wire's order (Electron's build/fuses/fuses.json5); the ninth, wasm_trap_handlers, no builder option reaches. */
const wireOrder: Array<Fuse | 'wasmTrapHandlers'> = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
  'wasmTrapHandlers',
];

/** Electron's defaults, as an unflipped binary carries them. */
const electronDefaults: Record<(typeof wireOrder)[number], boolean> = {
  runAsNode: true,
  enableCookieEncryption: false,
  enableNodeOptionsEnvironmentVariable: true,
  enableNodeCliInspectArguments: true,
  enableEmbeddedAsarIntegrityValidation: false,
  onlyLoadAppFromAsar: false,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: true,
  wasmTrapHandlers: true,
};

const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii');
const fuseVersion = 1;
const on = 0x31;
const off = 0x30;

/** A stand-in Electron executable: filler around the fuse wire, set to `states`. */
function standInBinary(states: boolean[]): Buffer {
  const filler = (seed: number) => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + seed) % 251));
  return Buffer.concat([
    filler(1),
    sentinel,
    Buffer.from([fuseVersion, states.length]),
    Buffer.from(states.map((state) => (state ? on : off))),
    filler(2),
  ]);
}

/** The fuse wire of an executable: one state per fuse, in wire order. */
function readWire(binary: Buffer): { version: number; states: boolean[] } {
  const at = binary.indexOf(sentinel);
  if (at < 0 || binary.lastIndexOf(sentinel) !== at) throw new Error('expected exactly one fuse sentinel');
  const version = binary[at + sentinel.length]!;
  const length = binary[at + sentinel.length + 1]!;
  const wire = binary.subarray(at + sentinel.length + 2, at + sentinel.length + 2 + length);
  return {
    version,
    states: [...wire].map((byte) => {
      if (byte !== on && byte !== off) throw new Error(`fuse byte ${byte} is neither on nor off`);
      return byte === on;
    }),
  };
}

function builderConfig(): Record<string, unknown> & { electronFuses?: unknown } {
  return packagingConfig(readBuilderConfig(root), {});
}

describe('the Electron fuses', () => {
  it('are all set in electron-builder.yml, to the values Spalt ships', () => {
    expect(builderConfig().electronFuses).toEqual(shipped);
  });

  it('are flipped by electron-builder in the executable it packages', async () => {
    const dir = tempDir();
    const electronDist = join(dir, 'electron-dist');
    mkdirSync(join(electronDist, 'resources'), { recursive: true });
    const before = standInBinary(wireOrder.map((fuse) => electronDefaults[fuse]));
    writeFileSync(join(electronDist, 'electron'), before, { mode: 0o755 });

    // A project with the real package.json's identity and a stand-in app; no dependencies to gather.
    const project = join(dir, 'project');
    const real = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, string>;
    const appPackage = {
      name: real.name,
      productName: real.productName,
      version: real.version,
      description: real.description,
      main: real.main,
    };
    mkdirSync(join(project, 'dist', 'electron'), { recursive: true });
    mkdirSync(join(project, 'build', 'electron-native'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify(appPackage));
    writeFileSync(join(project, 'dist', 'electron', 'main.cjs'), '// stand-in for the bundled main process\n');
    writeFileSync(join(project, 'build', 'electron-native', 'better_sqlite3.node'), 'stand-in');
    const electronVersion = (
      JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
    ).version;
    const output = join(dir, 'release');
    const config = { ...builderConfig(), electronDist, electronVersion, directories: { output } };
    writeFileSync(join(project, 'electron-builder.json'), JSON.stringify(config));

    await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--projectDir',
        project,
        '--config',
        'electron-builder.json',
      ],
      { cwd: project, env: { ...process.env, CI: '1' }, timeout: 120_000 },
    );

    const unpacked = join(output, 'linux-unpacked');
    const after = readFileSync(join(unpacked, 'spalt'));
    const wire = readWire(after);
    expect(wire.version).toBe(fuseVersion);
    const expected = wireOrder.map((fuse) => (fuse === 'wasmTrapHandlers' ? electronDefaults[fuse] : shipped[fuse]));
    expect(Object.fromEntries(wireOrder.map((fuse, i) => [fuse, wire.states[i]]))).toEqual(
      Object.fromEntries(wireOrder.map((fuse, i) => [fuse, expected[i]])),
    );
    // Only the wire changed: the rest of the executable is byte for byte the stand-in.
    const wireAt = before.indexOf(sentinel) + sentinel.length + 2;
    expect(after.length).toBe(before.length);
    expect(Buffer.compare(after.subarray(0, wireAt), before.subarray(0, wireAt))).toBe(0);
    expect(Buffer.compare(after.subarray(wireAt + wireOrder.length), before.subarray(wireAt + wireOrder.length))).toBe(0);
    // onlyLoadAppFromAsar leaves app.asar as the one place the app may come from: it must be there.
    expect(existsSync(join(unpacked, 'resources', 'app.asar'))).toBe(true);
    expect(existsSync(join(unpacked, 'resources', 'app'))).toBe(false);
  }, 120_000);
});
