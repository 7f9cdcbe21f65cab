/**
 * Automatic updates from the feed the installer was built with (SPALT_UPDATE_URL at packaging
 * time, which electron-builder writes to resources/app-update.yml). No feed, no updater.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeLogger } from 'electron-log';
import electronUpdater from 'electron-updater';

export function updateFeedFile(resourcesPath: string): string {
  return join(resourcesPath, 'app-update.yml');
}

/** Looks for an update once, in the background; one found is downloaded and installed on quit. */
export function checkForUpdates(options: { isPackaged: boolean; resourcesPath: string; log: NodeLogger }): boolean {
  if (!options.isPackaged || !existsSync(updateFeedFile(options.resourcesPath))) return false;
  const { autoUpdater } = electronUpdater;
  autoUpdater.logger = options.log;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => {
    options.log.warn(`Update check failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return true;
}
