/**
 * Application Passwords in the desktop app: encrypted with Electron's safeStorage (the
 * macOS Keychain, Windows DPAPI, or the Linux secret service) and kept, encrypted, in a private
 * file in the profile. Where no real keychain exists (Linux without a secret service, where
 * safeStorage would only obfuscate), it falls back to browser mode's private file, and the UI
 * shows the same warning.
 */
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { createFileSecretStore, createPlainFileSecretStore, encryptedPasswordFileName, type SecretStore } from '../publish/secrets';

export async function createSafeStorageSecretStore(dataDir: string): Promise<SecretStore> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!available || weak) return createPlainFileSecretStore(dataDir);
  return createFileSecretStore(
    join(dataDir, encryptedPasswordFileName),
    {
      encode: async (secret) => (await safeStorage.encryptStringAsync(secret)).toString('base64'),
      decode: async (stored) => (await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'))).result,
    },
    { kind: 'keychain' },
  );
}
