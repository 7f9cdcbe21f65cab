import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a profile's data lives when SPALT_DATA_DIR is not set: the same folder Electron's
 * app.getPath('userData') gives for "Spalt", so both modes share one profile.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Spalt');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Spalt');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Spalt');
}

export function resolveDataDir(env = process.env): string {
  return env.SPALT_DATA_DIR && env.SPALT_DATA_DIR.trim() !== '' ? env.SPALT_DATA_DIR : defaultDataDir();
}
