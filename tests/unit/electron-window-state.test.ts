/** The main window opens where it was left, on a display that is still there, at a size that fits it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultWindowSize,
  parseWindowState,
  placeWindow,
  readWindowState,
  windowStateFileName,
  writeWindowState,
  type Rectangle,
} from '../../main/electron/window-state';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-window-');
const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const monitorRight: Rectangle = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('the window’s place', () => {
  it('opens at the default size, centred on the primary display, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 80, y: 5, width: defaultWindowSize.width, height: defaultWindowSize.height },
      maximised: false,
    });
  });

  it('comes back where it was, maximised or not, on a second display', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximised: true };
    expect(placeWindow(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('moves to the primary display when its display is gone, keeping its size where it fits', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 220, y: 85, width: 1000, height: 700 }, maximised: false });
  });

  it('shrinks to fit and is pulled inside a smaller display, its title bar always reachable', () => {
    const saved = { bounds: { x: 1000, y: 500, width: 2400, height: 1300 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 870 }, maximised: false });
    // Only a sliver on screen (its title bar above the top edge) is not enough to grab.
    const above = { bounds: { x: 100, y: -860, width: 1000, height: 880 }, maximised: false };
    expect(placeWindow(above, [laptop], laptop).bounds).toEqual({ x: 220, y: 0, width: 1000, height: 870 });
  });

  it('never opens smaller than the window’s minimum', () => {
    const saved = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximised: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 10, y: 10, width: 720, height: 480 });
  });

  it('is kept in the data folder, and a damaged file is the default place, not a failure', () => {
    const dataDir = tempDir();
    expect(readWindowState(dataDir)).toBeNull();
    const state = { bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximised: true };
    writeWindowState(dataDir, state);
    expect(JSON.parse(readFileSync(join(dataDir, windowStateFileName), 'utf8'))).toEqual(state);
    expect(readWindowState(dataDir)).toEqual(state);
    writeFileSync(join(dataDir, windowStateFileName), '{"bounds":{"x":40,"y":');
    expect(readWindowState(dataDir)).toBeNull();
    for (const text of [
      'null',
      '[]',
      '{"bounds":{"x":1,"y":1,"width":0,"height":5},"maximised":false}',
      '{"bounds":{"x":1,"y":1,"width":9,"height":5}}',
    ]) {
      expect(parseWindowState(text), text).toBeNull();
    }
  });
});
