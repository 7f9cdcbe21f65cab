import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecretStore, createPlainFileSecretStore, passwordFileName } from '../../main/publish/secrets';
import { SpaltError } from '../../shared/errors';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-secrets-');
const mode = (file: string) => statSync(file).mode & 0o777;

async function refusal(promise: Promise<unknown>): Promise<SpaltError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpaltError);
  return error as SpaltError;
}

describe("browser mode's password file", () => {
  it('is created readable and writable by its owner only, and says where it is', async () => {
    const dir = tempDir();
    const store = createPlainFileSecretStore(dir);
    const file = join(dir, passwordFileName);
    expect(store.storage).toEqual({ kind: 'file', file });
    expect(await store.read('site:a')).toBeNull();
    await store.write('site:a', 'abcd efgh ijkl mnop');
    expect(mode(file)).toBe(0o600);
    expect(await store.read('site:a')).toBe('abcd efgh ijkl mnop');
    expect(await store.has('site:a')).toBe(true);
    expect(await store.has('site:b')).toBe(false);
  });

  it('keeps other keys when one is written or removed, and stays 0600 after every write', async () => {
    const dir = tempDir();
    const store = createPlainFileSecretStore(dir);
    await Promise.all([store.write('site:a', 'första'), store.write('site:b', 'andra'), store.write('site:c', 'tredje')]);
    await store.remove('site:b');
    expect(await store.read('site:a')).toBe('första');
    expect(await store.read('site:b')).toBeNull();
    expect(await store.read('site:c')).toBe('tredje');
    expect(mode(join(dir, passwordFileName))).toBe(0o600);
    // No temporary files are left beside it.
    expect(JSON.parse(readFileSync(join(dir, passwordFileName), 'utf8'))).toEqual({
      version: 1,
      secrets: { 'site:a': 'första', 'site:c': 'tredje' },
    });
  });

  it('tightens a file that others could read before reading it', async () => {
    const dir = tempDir();
    const store = createPlainFileSecretStore(dir);
    await store.write('site:a', 'hemligt');
    chmodSync(join(dir, passwordFileName), 0o644);
    expect(await store.read('site:a')).toBe('hemligt');
    expect(mode(join(dir, passwordFileName))).toBe(0o600);
  });

  it('refuses a password file that is a link to somewhere else', async () => {
    const dir = tempDir();
    const elsewhere = join(tempDir(), 'other.json');
    writeFileSync(elsewhere, JSON.stringify({ version: 1, secrets: { 'site:a': 'planterat' } }), { mode: 0o600 });
    symlinkSync(elsewhere, join(dir, passwordFileName));
    const error = await refusal(createPlainFileSecretStore(dir).read('site:a'));
    expect(error.code).toBe('secret_file_unsafe');
    expect(error.messages.sv).toContain(join(dir, passwordFileName));
  });

  it('says so when the file is damaged, instead of starting over and losing the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, passwordFileName), '{"version":1,"secr', { mode: 0o600 });
    const store = createPlainFileSecretStore(dir);
    expect((await refusal(store.read('site:a'))).code).toBe('secret_unreadable');
    expect((await refusal(store.write('site:b', 'x'))).code).toBe('secret_unreadable');
    expect(readFileSync(join(dir, passwordFileName), 'utf8')).toBe('{"version":1,"secr');
  });
});

describe('an encrypting store (as the desktop app uses with safeStorage)', () => {
  it('writes only what the codec made of the secret', async () => {
    const file = join(tempDir(), 'site-passwords.safe.json');
    const reversed = { encode: async (s: string) => [...s].reverse().join(''), decode: async (s: string) => [...s].reverse().join('') };
    const store = createFileSecretStore(file, reversed, { kind: 'keychain' });
    await store.write('site:a', 'abcd-1234');
    expect(readFileSync(file, 'utf8')).not.toContain('abcd-1234');
    expect(readFileSync(file, 'utf8')).toContain('4321-dcba');
    expect(await store.read('site:a')).toBe('abcd-1234');
    expect(mode(file)).toBe(0o600);
  });
});
