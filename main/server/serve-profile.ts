/**
 * Browser mode on one profile: opens the core, listens on 127.0.0.1, prints the address, and
 * stops cleanly on SIGINT or SIGTERM. Loaded by cli.ts once the profile's check is under way.
 */
import { SpaltError } from '../../shared/errors';
import { translations } from '../../shared/i18n';
import { createCore, type Core } from '../core';
import { startBrowserMode, type BrowserModeServer } from './http';

export interface ServeOptions {
  dataDir: string;
  port: number;
  version: string;
  rendererDir: string;
  /** Prints both lines of a message and exits with code 2. */
  fail: (sv: string, en: string) => never;
}

function openCore({ dataDir, version, fail }: ServeOptions): Core {
  try {
    return createCore({ dataDir, version });
  } catch (error) {
    if (error instanceof SpaltError) fail(error.messages.sv, error.messages.en);
    throw error;
  }
}

async function listen(core: Core, { port, rendererDir, fail }: ServeOptions): Promise<BrowserModeServer> {
  try {
    return await startBrowserMode({ core, port, rendererDir });
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

export async function serveProfile(options: ServeOptions): Promise<void> {
  const core = openCore(options);
  if (core.health.damaged) {
    // Spalt still starts, to show what can be read and to offer the recovery in the window.
    const warning = translations('database.consoleDamaged', { file: core.health.file });
    console.error(warning.sv);
    console.error(warning.en);
  }
  const server = await listen(core, options);

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
  console.log(`Data: ${options.dataDir}`);
}
