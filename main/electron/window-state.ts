/**
 * The main window's size, place and whether it was maximised, kept in the profile and given
 * back on a display that is still there. No electron import: displays come in as rectangles.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximised: boolean;
}

export const defaultWindowSize = { width: 1280, height: 860 };
export const minimumWindowSize = { width: 720, height: 480 };
/** How much of the window's top edge must lie on a display for the user to grab and move it. */
const grabbable = { width: 120, height: 40 };

export const windowStateFileName = 'window-state.json';

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return [x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n)) && (width as number) > 0 && (height as number) > 0;
}

/** The saved state, or null for anything that is not one (a missing, empty or damaged file). */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { bounds, maximised } = value as Record<string, unknown>;
    if (!isRectangle(bounds) || typeof maximised !== 'boolean') return null;
    return { bounds, maximised };
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clampSize(size: { width: number; height: number }, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(size.width, minimumWindowSize.width), area.width)),
    height: Math.round(Math.min(Math.max(size.height, minimumWindowSize.height), area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const { width, height } = clampSize(size, area);
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

/**
 * Where the window opens: where it was, if its title bar is still on one of the displays' work
 * areas (shrunk to fit that display), else centred on the primary display at the saved size.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], primary: Rectangle): WindowState {
  if (saved === null) return { bounds: centred(defaultWindowSize, primary), maximised: false };
  const titleBar = { ...saved.bounds, height: Math.min(saved.bounds.height, grabbable.height) };
  const area = workAreas.find((candidate) => {
    const shared = overlap(titleBar, candidate);
    return shared.width >= Math.min(grabbable.width, titleBar.width) && shared.height >= Math.min(grabbable.height, titleBar.height);
  });
  if (area === undefined) return { bounds: centred(saved.bounds, primary), maximised: saved.maximised };
  const { width, height } = clampSize(saved.bounds, area);
  // Pulled back inside the display where it would stick out, so a smaller screen still shows it whole.
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x: Math.round(x), y: Math.round(y), width, height }, maximised: saved.maximised };
}

export function readWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dataDir, windowStateFileName), 'utf8'));
  } catch {
    return null;
  }
}

/** Written whole and renamed into place, so a crash leaves the old state or the new, never half. */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, windowStateFileName);
  writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
