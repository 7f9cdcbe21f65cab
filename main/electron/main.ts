/** The desktop app's entry: lifecycle only; the work happens in the core and the adapters. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, dialog, net, powerMonitor, screen, shell, type BrowserWindow } from 'electron';
import log from 'electron-log/main';
import type { Settings } from '../../shared/api';
import { SpaltError } from '../../shared/errors';
import { translations } from '../../shared/i18n';
import { createCore, type Core } from '../core';
import { connectIpc } from './ipc';
import { configureLogFile } from './log-file';
import { installMenu } from './menu';
import { createSafeStorageSecretStore } from './secrets';
import { checkForUpdates } from './updates';
import { createMainWindow, denyAllPermissions, registerAppScheme, serveRenderer } from './window';
import { placeWindow, readWindowState, writeWindowState } from './window-state';

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

/** The manual the Help menu opens: shipped in resources/docs, or the checkout's docs/. */
function manualPath(appRoot: string): string {
  return app.isPackaged ? join(process.resourcesPath, 'docs', 'handbok.html') : join(appRoot, 'docs', 'handbok.html');
}

async function start(): Promise<void> {
  await app.whenReady();
  const appRoot = app.getAppPath();
  const isDev = !app.isPackaged;
  const dataDir = app.getPath('userData');
  const logFile = configureLogFile(log, dataDir);
  // Everything the main process prints also goes to the log file.
  Object.assign(console, log.functions);
  log.errorHandler.startCatching({ showDialog: false });
  log.info(`Spalt ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
  let core: Core;
  try {
    core = createCore({
      dataDir,
      version: app.getVersion(),
      nativeBinding: nativeBindingPath(appRoot),
      secrets: await createSafeStorageSecretStore(dataDir),
      // Chromium's network stack: the system's proxy settings and certificate store apply.
      fetch: (input, init) => net.fetch(input, init),
    });
  } catch (error) {
    // A damaged or too-new database stays exactly as it was: no window, no migration.
    log.error('Spalt could not start:', error);
    showStartupFailure(error);
    app.exit(2);
    return;
  }

  denyAllPermissions();
  serveRenderer(join(appRoot, 'dist', 'renderer'), { db: core.db, dataDir });

  const ipc = connectIpc(core);
  let window: BrowserWindow | null = null;
  const openWindow = () => {
    const primary = screen.getPrimaryDisplay().workArea;
    const state = placeWindow(
      readWindowState(dataDir),
      screen.getAllDisplays().map((display) => display.workArea),
      primary,
    );
    const opened = createMainWindow({ appRoot, title: 'Spalt', state });
    ipc.attach(opened);
    opened.on('close', () => {
      try {
        writeWindowState(dataDir, { bounds: opened.getNormalBounds(), maximised: opened.isMaximized() });
      } catch (error) {
        log.warn('The window state could not be saved:', error);
      }
    });
    opened.on('closed', () => {
      if (window === opened) window = null;
    });
    window = opened;
  };

  const openPath = (path: string) =>
    void shell.openPath(path).then((failure) => {
      if (failure !== '') log.warn(`Could not open ${path}: ${failure}`);
    });
  const applyMenu = (settings: Settings) =>
    installMenu({
      language: settings.language,
      isDev,
      actions: {
        // With no window open (macOS), the command opens one, which starts in the library.
        command: (command) => (window === null ? openWindow() : ipc.command(window, command)),
        showDataFolder: () => openPath(dataDir),
        showLogFile: () => shell.showItemInFolder(logFile),
        openManual: () => openPath(manualPath(appRoot)),
      },
    });
  applyMenu(await core.handlers['settings.get']({}));
  core.events.on('settings.changed', applyMenu);
  openWindow();
  checkForUpdates({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, log });

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

const dataDirOverride = dataDirFromEnv();
// Before the lock and before ready: the lock and Chromium's profile both live in userData.
if (dataDirOverride !== null) app.setPath('userData', dataDirOverride);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    showStartupFailure(error);
    app.exit(1);
  });
}
