/**
 * `npm run serve`: Spalt in browser mode, on 127.0.0.1 only. This module loads little: it
 * starts the structural check of the profile's database on a thread of its own first, and
 * the core and the server (serve-profile.ts) load while that check runs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../data-dir';
import { databaseFileName } from '../db/file-name';
import { startStructuralCheckEarly } from '../db/structural-check';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(sv: string, en: string): never {
  console.error(sv);
  console.error(en);
  process.exit(2);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(
      `SPALT_PORT måste vara ett portnummer mellan 0 och 65535 (nu: "${raw}").`,
      `SPALT_PORT must be a port number from 0 to 65535 (now: "${raw}").`,
    );
  }
  return port;
}

async function main(): Promise<void> {
  const dataDir = resolveDataDir();
  const port = parsePort(process.env.SPALT_PORT);
  startStructuralCheckEarly(join(dataDir, databaseFileName));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const { serveProfile } = await import('./serve-profile');
  await serveProfile({ dataDir, port, version, rendererDir: join(root, 'dist', 'renderer'), fail });
}

void main();
