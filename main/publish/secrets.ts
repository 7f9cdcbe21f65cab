/**
 * Where Application Passwords are kept: never in SQLite, never in a readable config file.
 * The desktop app encrypts them with Electron's safeStorage (main/electron/secrets.ts); browser
 * mode has no keychain, so it keeps them in a file only the user may read (0600, checked on
 * every read and write), and the UI says so.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, rmSync, writeSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SpaltError } from '../../shared/errors';
import type { PasswordStorage } from '../../shared/publish/site';

export interface SecretStore {
  /** How the secrets are kept, for the UI's warning. */
  readonly storage: PasswordStorage;
  read(key: string): Promise<string | null>;
  /** Whether a secret is kept under the key, without decrypting it. */
  has(key: string): Promise<boolean>;
  write(key: string, secret: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Turns a secret into what is written to disk and back (encryption in the desktop app). */
export interface SecretCodec {
  encode(secret: string): Promise<string>;
  decode(stored: string): Promise<string>;
}

const plain: SecretCodec = { encode: async (secret) => secret, decode: async (stored) => stored };

const SecretFile = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type SecretFile = z.infer<typeof SecretFile>;

export const passwordFileName = 'site-passwords.json';
/** The desktop app's file of passwords encrypted with safeStorage (main/electron/secrets.ts). */
export const encryptedPasswordFileName = 'site-passwords.safe.json';

/** Browser mode: the passwords as they are, in a file readable only by this user. */
export function createPlainFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, passwordFileName);
  return createFileSecretStore(file, plain, { kind: 'file', file });
}

/** A JSON file of encoded secrets, written atomically with mode 0600; calls run one at a time. */
export function createFileSecretStore(file: string, codec: SecretCodec, storage: PasswordStorage): SecretStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    storage,
    read: (key) =>
      serial(async () => {
        const stored = load(file).secrets[key];
        if (stored === undefined) return null;
        try {
          return await codec.decode(stored);
        } catch (error) {
          throw new SpaltError('secret_unreadable', { details: (error as Error).message.slice(0, 200) }, { cause: error });
        }
      }),
    has: (key) => serial(async () => load(file).secrets[key] !== undefined),
    write: (key, secret) =>
      serial(async () => {
        const contents = load(file);
        contents.secrets[key] = await codec.encode(secret);
        save(file, contents);
      }),
    remove: (key) =>
      serial(async () => {
        const contents = load(file);
        if (!(key in contents.secrets)) return;
        delete contents.secrets[key];
        save(file, contents);
      }),
  };
}

function load(file: string): SecretFile {
  let text: string;
  try {
    checkPrivate(file);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, secrets: {} };
    throw error;
  }
  try {
    return SecretFile.parse(JSON.parse(text));
  } catch (error) {
    throw new SpaltError('secret_unreadable', { details: `${file}: ${(error as Error).message}`.slice(0, 200) }, { cause: error });
  }
}

/** Writes a new file beside the old and renames it over: a crash leaves one or the other whole. */
function save(file: string, contents: SecretFile): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  // 'wx' with mode 0600: created private (a umask can only take bits away), never through a link.
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(contents, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  checkPrivate(file);
}

/**
 * The file must be a regular file of this user's that no one else may read or write. Looser
 * permissions (someone copied it with cp, a backup restored it) are tightened; if that is not
 * possible, Spalt refuses to use the file.
 */
export function checkPrivate(file: string): void {
  if (process.platform === 'win32') return; // NTFS permissions follow the user's profile folder.
  const stat = lstatSync(file);
  const uid = process.getuid?.();
  if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) throw new SpaltError('secret_file_unsafe', { file });
  if ((stat.mode & 0o077) === 0) return;
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    throw new SpaltError('secret_file_unsafe', { file }, { cause: error });
  }
  if ((lstatSync(file).mode & 0o077) !== 0) throw new SpaltError('secret_file_unsafe', { file });
}
