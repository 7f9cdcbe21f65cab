/**
 * A profile's folder is the user's alone: articles, Application Passwords and original photos
 * (which keep their GPS position) must not be readable by other accounts on a shared computer.
 * The folder is made 0700 before anything is written in it, the files in it 0600; a profile
 * made by an older Spalt, or copied in by hand, is tightened at every start.
 *
 * POSIX only: on Windows the profile lives under the user's own folder, whose access list
 * already keeps other accounts out, and chmod could only set the read-only flag.
 */
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from './db/open';
import { privateFileMode, privateFolderMode } from './file-modes';
import { photoFolderName } from './media/store';
import { encryptedPasswordFileName, passwordFileName } from './publish/secrets';

const enforced = process.platform !== 'win32';

/** The files directly in the profile folder that are tightened at start, when they exist. */
const profileFiles = [
  databaseFileName,
  `${databaseFileName}-wal`,
  `${databaseFileName}-shm`,
  `${databaseFileName}-journal`,
  passwordFileName,
  encryptedPasswordFileName,
];

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Sets the mode when it differs; never follows a symbolic link. Returns whether it changed. */
function tighten(path: string, stats: Stats, mode: number): boolean {
  if (stats.isSymbolicLink() || (stats.mode & 0o777) === mode) return false;
  chmodSync(path, mode);
  return true;
}

/**
 * Every file under `folder` 0600 and every folder 0700, each folder after what is in it: a
 * private photos/ then means the walk finished once (or this Spalt made it), so later starts
 * can skip it. Returns how many modes were changed.
 */
function tightenTree(folder: string): number {
  let changed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) changed += tightenTree(path);
    else if (entry.isFile()) changed += Number(tighten(path, lstatSync(path), privateFileMode));
  }
  return changed + Number(tighten(folder, lstatSync(folder), privateFolderMode));
}

/**
 * Creates the profile folder private to the user (or tightens the one there), creates the
 * database file 0600 so that SQLite gives its -wal and -shm files the same mode, and tightens
 * what an earlier start left. Returns how many modes it had to change.
 */
export function makeProfilePrivate(dataDir: string): number {
  mkdirSync(dataDir, { recursive: true, mode: privateFolderMode });
  if (!enforced) return 0;
  let changed = Number(tighten(dataDir, statSync(dataDir), privateFolderMode));
  const database = join(dataDir, databaseFileName);
  if (statOrNull(database) === null) closeSync(openSync(database, 'wx', privateFileMode));
  for (const name of profileFiles) {
    const stats = statOrNull(join(dataDir, name));
    if (stats?.isFile()) changed += Number(tighten(join(dataDir, name), stats, privateFileMode));
  }
  const photos = join(dataDir, photoFolderName);
  const photoStats = statOrNull(photos);
  // Inside a private photos/ nothing is reachable by others, whatever the files' own modes.
  if (photoStats?.isDirectory() && (photoStats.mode & 0o777) !== privateFolderMode) changed += tightenTree(photos);
  return changed;
}
