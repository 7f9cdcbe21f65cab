import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveStatus, type SaveState } from '../../../renderer/saving/save-status';
import { followShownStatus, savingShownAfterMs, unsavedShownAfterMs, type ShownStatus } from '../../../renderer/saving/shown-status';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save status, what the line was told to show, and the words for the last of it. */
function line(initial: SaveState = { kind: 'saved', at: '2026-12-07T12:00:00Z' }) {
  const status = createSaveStatus(initial);
  const shown: ShownStatus[] = [];
  const stop = followShownStatus(status, (next) => shown.push(next));
  const last = () => shown.at(-1);
  const says = () => {
    const now = last() ?? { state: status.get(), held: false };
    return `${now.state.kind}${'at' in now.state ? ` ${now.state.at.slice(11, 16)}` : ''}${now.held ? ' (held)' : ''}`;
  };
  return { status, shown, stop, says };
}

describe('the status line while a person types', () => {
  it('holds the last save over quick saves, and is told only twice for a whole burst of typing', async () => {
    const { status, shown, says } = line();
    // The first key of a burst: the line stands still, busy.
    status.set({ kind: 'pending' });
    expect(says()).toBe('saved 12:00 (held)');
    // Saves go out and come back while the person types on: nothing the line shows changes.
    for (let save = 0; save < 5; save++) {
      await vi.advanceTimersByTimeAsync(100);
      status.set({ kind: 'saving' });
      await vi.advanceTimersByTimeAsync(50);
      status.set({ kind: 'pending' });
    }
    status.set({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(50);
    status.set({ kind: 'saved', at: '2026-12-07T12:01:00Z' });
    expect(says()).toBe('saved 12:01');
    expect(shown).toHaveLength(2);
  });

  it('says "Sparar…" once a save has been out for a moment, and the unsaved text after a while', async () => {
    const { status, says } = line();
    status.set({ kind: 'pending' });
    status.set({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(savingShownAfterMs - 1);
    expect(says()).toBe('saved 12:00 (held)');
    await vi.advanceTimersByTimeAsync(1);
    expect(says()).toBe('saving');
    // Once shown, the line follows the saves until they settle.
    status.set({ kind: 'pending' });
    expect(says()).toBe('pending');
    status.set({ kind: 'saved', at: '2026-12-07T12:02:00Z' });
    expect(says()).toBe('saved 12:02');

    status.set({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(unsavedShownAfterMs - 1);
    expect(says()).toBe('saved 12:02 (held)');
    await vi.advanceTimersByTimeAsync(1);
    expect(says()).toBe('pending');
  });

  it('counts the unsaved wait from the first change, through saves that come back with more to save', async () => {
    const { status, says } = line();
    status.set({ kind: 'pending' });
    for (let i = 0; i < 9; i++) {
      await vi.advanceTimersByTimeAsync(100);
      status.set({ kind: 'saving' });
      await vi.advanceTimersByTimeAsync(100);
      status.set({ kind: 'pending' });
    }
    expect(says()).toBe('saved 12:00 (held)');
    await vi.advanceTimersByTimeAsync(unsavedShownAfterMs - 1_800);
    expect(says()).toBe('pending');
  });

  it('shows a failure and a conflict at once, and after a conflict says what is under way', async () => {
    const { status, says } = line();
    status.set({ kind: 'pending' });
    status.set({ kind: 'saving' });
    status.set({ kind: 'failed', error: new Error('borta') });
    expect(says()).toBe('failed');
    status.set({ kind: 'conflict' });
    expect(says()).toBe('conflict');
    status.set({ kind: 'saving' });
    expect(says()).toBe('saving');
    status.set({ kind: 'saved', at: '2026-12-07T12:03:00Z' });
    expect(says()).toBe('saved 12:03');
  });

  it('stops following, and its timer with it', async () => {
    const { status, shown, stop } = line();
    status.set({ kind: 'pending' });
    stop();
    status.set({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(unsavedShownAfterMs);
    expect(shown).toHaveLength(1);
  });
});
