/** The test site's private MariaDB: its own data folder, a unix socket, no TCP. */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { accepts, readTail, run, waitFor, type Track } from './processes';

/** A unix socket path must stay under ~107 bytes; a long `dir` gets a short folder for it. */
export function socketPath(dir: string, extraDirs: string[]): string {
  const inside = join(dir, 'mysql.sock');
  if (Buffer.byteLength(inside) < 100) return inside;
  const short = mkdtempSync('/tmp/spalt-wp-sock-');
  extraDirs.push(short);
  symlinkSync(short, join(dir, 'socket-dir'));
  return join(short, 'mysql.sock');
}

export async function startMariaDb(dir: string, socket: string, track: Track): Promise<void> {
  const dataDir = join(dir, 'mysql');
  const log = join(dir, 'mariadb.log');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  // Small and unsafe on crash, which is fine for data that is deleted after the run.
  const settings = [
    '--innodb-buffer-pool-size=32M',
    '--innodb-log-file-size=8M',
    '--innodb-flush-log-at-trx-commit=0',
    '--innodb-doublewrite=0',
    '--skip-name-resolve',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_520_ci',
  ];
  // Its own temporary folder: bootstraps of sites started side by side once clashed over a
  // temporary table ("Unknown table mysql.tmp_user_sys"). A bootstrap that fails anyway is
  // started once more on an empty data folder.
  const install = () =>
    run(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--tmpdir=${dir}`,
        ...asRoot,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...settings,
      ],
      { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    );
  try {
    await install();
  } catch {
    rmSync(dataDir, { recursive: true, force: true });
    await install();
  }
  const logFd = openSync(log, 'a');
  const child = track(
    spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${log}`,
        `--tmpdir=${dir}`,
        '--performance-schema=OFF',
        ...asRoot,
        ...settings,
      ],
      { detached: true, stdio: ['ignore', logFd, logFd], env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    ),
    'mariadb',
  );
  closeSync(logFd);
  await waitFor(
    'MariaDB',
    child,
    () => accepts({ path: socket }),
    30_000,
    () => readTail(log),
  );
}
