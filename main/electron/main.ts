/** The desktop app's entry: lifecycle only; the work happens in the core and the adapters. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, dialog, powerMonitor, type BrowserWindow } from 'electron';
import type { Settings } from '../../shared/api';
import { SpaltError } from '../../shared/errors';
import { translations } from '../../shared/i18n';
import { createCore, type Core } from '../core';
import { connectIpc } from './ipc';
import { installMenu } from './menu';
import { createSafeStorageSecretStore } from './secrets';
import { createMainWindow, denyAllPermissions, registerAppScheme, serveRenderer } from './window';

function dataDirFromEnv(): string | null {
  const fromEnv = process.env.SPALT_DATA_DIR;
  return fromEnv !== undefined && fromEnv.trim() !== '' ? resolve(fromEnv) : null;
}

/** better-sqlite3 compiled for Electron's ABI; node_modules keeps the build for Node. */
function nativeBindingPath(appRoot: string): string | undefined {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  const devBuild = join(appRoot, 'build', 'electron-native', 'better_sqlite3.node');
  return existsSync(devBuild) ? devBuild : undefined;
}

// The profile's language is in the database that may not open, so both languages are shown.
function showStartupFailure(error: unknown): void {
  const details = error instanceof Error ? error.message : String(error);
  const messages = error instanceof SpaltError ? error.messages : translations('startup.failed', { details });
  const title = translations('startup.failedTitle');
  dialog.showErrorBox(`${title.sv} / ${title.en}`, `${messages.sv}\n\n${messages.en}`);
}

async function start(): Promise<void> {
  await app.whenReady();
  const appRoot = app.getAppPath();
  const isDev = !app.isPackaged;
  let core: Core;
  try {
    core = createCore({
      dataDir: app.getPath('userData'),
      version: app.getVersion(),
      nativeBinding: nativeBindingPath(appRoot),
      secrets: await createSafeStorageSecretStore(app.getPath('userData')),
    });
  } catch (error) {
    // A damaged or too-new database stays exactly as it was: no window, no migration.
    showStartupFailure(error);
    app.exit(2);
    return;
  }

  const applyMenu = (settings: Settings) => installMenu({ language: settings.language, isDev });
  applyMenu(await core.handlers['settings.get']({}));
  core.events.on('settings.changed', applyMenu);

  denyAllPermissions();
  serveRenderer(join(appRoot, 'dist', 'renderer'), { db: core.db, dataDir: app.getPath('userData') });

  const ipc = connectIpc(core);
  let window: BrowserWindow | null = null;
  const openWindow = () => {
    const opened = createMainWindow({ appRoot, title: 'Spalt' });
    ipc.attach(opened);
    opened.on('closed', () => {
      if (window === opened) window = null;
    });
    window = opened;
  };
  openWindow();

  app.on('second-instance', () => {
    if (window === null) return openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Back from sleep: publish jobs due meanwhile, and those waiting for the network, go now.
  powerMonitor.on('resume', () => void core.handlers['publish.wake']({}).catch(() => undefined));
  app.once('will-quit', () => {
    ipc.disconnect();
    core.close();
  });
}

const dataDir = dataDirFromEnv();
// Before the lock and before ready: the lock and Chromium's profile both live in userData.
if (dataDir !== null) app.setPath('userData', dataDir);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    showStartupFailure(error);
    app.exit(1);
  });
}
