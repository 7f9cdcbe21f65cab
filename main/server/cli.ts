/** `npm run serve`: Spalt in browser mode, on 127.0.0.1 only. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpaltError } from '../../shared/errors';
import { translations } from '../../shared/i18n';
import { createCore, type Core } from '../core';
import { resolveDataDir } from '../data-dir';
import { startBrowserMode, type BrowserModeServer } from './http';

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

function openCore(dataDir: string, version: string): Core {
  try {
    return createCore({ dataDir, version });
  } catch (error) {
    if (error instanceof SpaltError) fail(error.messages.sv, error.messages.en);
    throw error;
  }
}

async function listen(core: Core, port: number): Promise<BrowserModeServer> {
  try {
    return await startBrowserMode({ core, port, rendererDir: join(root, 'dist', 'renderer') });
  } catch (error) {
    core.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      fail(
        `Porten ${port} används redan. Välj en annan med SPALT_PORT, eller 0 för en ledig port.`,
        `Port ${port} is already in use. Choose another with SPALT_PORT, or 0 for any free port.`,
      );
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = resolveDataDir();
  const port = parsePort(process.env.SPALT_PORT);
  const core = openCore(dataDir, version);
  if (core.health.damaged) {
    // Spalt still starts, to show what can be read and to offer the recovery in the window.
    const warning = translations('database.consoleDamaged', { file: core.health.file });
    console.error(warning.sv);
    console.error(warning.en);
  }
  const server = await listen(core, port);

  // Ready to stop cleanly before anyone learns the address.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  console.log(`Spalt körs i webbläsarläge. Öppna: ${server.url}`);
  console.log(`Spalt is running in browser mode. Open: ${server.url}`);
  console.log(`Data: ${dataDir}`);
}

void main();
