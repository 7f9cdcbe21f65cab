import { SpaltError } from '../../shared/errors';
import { createSaveStatus, type SaveState, type SaveStatusStore } from './save-status';

/** The renderer never holds more than about this much unsaved typing. */
export const saveDelayMs = 400;
/** A failed save is tried again after this long, or at once when the core answers again. */
export const retryDelayMs = 5_000;

/** What the core says of a saved version. A photo has no revision: it stays 0, and its time tells versions apart. */
export interface Saved {
  revision: number;
  at: string;
}

/** How one form reaches the core. */
export interface SaveChannel<Draft, Version> {
  /** The draft as it stands now; called only when a save goes out, never on a keystroke. */
  readDraft: () => Draft;
  /** Sends one save naming the revision it started from. */
  send: (draft: Draft, baseRevision: number) => Promise<Saved>;
  /** Fire-and-forget, while the window goes away. */
  sendOnExit: (draft: Draft, baseRevision: number) => void;
  /** The version that stands in the core now. */
  fetchLatest: () => Promise<Version>;
  savedOf: (version: Version) => Saved;
  /** Puts a version saved elsewhere in the form. */
  show: (version: Version) => void;
}

export interface SaveEngineOptions<Draft, Version> extends SaveChannel<Draft, Version> {
  /** The version the form opened. */
  opened: Saved;
  /**
   * Whether the core refuses a save from a stale revision (articles): then a change made
   * elsewhere while this form holds unsaved text stops saving until the person chooses. Where
   * it does not (photos), the last save stands.
   */
  checksRevision: boolean;
}

export interface SaveEngine<Version> {
  status: SaveStatusStore;
  /** The form changed: save shortly. */
  changed: () => void;
  /** Saves what is unsaved now (a field left, the view left), after any save in flight. */
  flush: () => Promise<void>;
  /** The window is going away: send what is unsaved without waiting for an answer. */
  flushOnExit: () => void;
  /** The core answers again: what failed to save goes now, not at the next retry. */
  reconnected: () => void;
  /** Another window saved; `version` is that version when the caller already holds it. */
  savedElsewhere: (elsewhere: { revision: number; at?: string }, version?: Version) => void;
  /** After a conflict: this form's text stands, saved over the other version. */
  keepMine: () => Promise<void>;
  /** After a conflict: the other version replaces this form's text. */
  loadTheirs: () => Promise<void>;
}

const isConflict = (error: unknown) => error instanceof SpaltError && error.code === 'conflict';

/**
 * Saves a moment after each change, one save at a time, each naming the revision it started
 * from; keeps the text unsaved and tries again when a save fails; and stops at a conflict so
 * that neither window's text is written over without the person choosing.
 */
export function createSaveEngine<Draft, Version>(options: SaveEngineOptions<Draft, Version>): SaveEngine<Version> {
  const channel: SaveChannel<Draft, Version> = options;
  const status = createSaveStatus({ kind: 'saved', at: options.opened.at });
  let held = options.opened;
  let dirty = false;
  let conflict = false;
  let inFlight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const set = (next: SaveState) => status.set(next);

  function stopTimer(): void {
    clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    if (timer === undefined && !conflict) timer = setTimeout(() => void flush(), saveDelayMs);
  }

  async function flush(): Promise<void> {
    stopTimer();
    if (inFlight) {
      await inFlight;
      return flush();
    }
    if (!dirty || conflict) return;
    const draft = channel.readDraft();
    dirty = false;
    set({ kind: 'saving' });
    const attempt = channel
      .send(draft, held.revision)
      .then((saved) => {
        held = saved;
        set(dirty ? { kind: 'pending' } : { kind: 'saved', at: saved.at });
      })
      .catch((error: unknown) => {
        dirty = true;
        if (isConflict(error)) {
          conflict = true;
          set({ kind: 'conflict' });
        } else {
          set({ kind: 'failed', error });
          timer = setTimeout(() => void flush(), retryDelayMs);
        }
      })
      .finally(() => {
        inFlight = null;
      });
    inFlight = attempt;
    await attempt;
    // A change made while the save was out goes in the next one.
    if (dirty && !conflict && status.get().kind !== 'failed') schedule();
  }

  function changed(): void {
    dirty = true;
    if (conflict) return;
    const { kind } = status.get();
    // Only a change of wording notifies the status line, not every keystroke.
    if (kind !== 'pending' && kind !== 'saving' && kind !== 'failed') set({ kind: 'pending' });
    if (!inFlight) schedule();
  }

  function flushOnExit(): void {
    if (!dirty || conflict) return;
    // A save still out will most likely land, and this one follows it.
    channel.sendOnExit(channel.readDraft(), inFlight ? held.revision + 1 : held.revision);
    dirty = false;
  }

  function follow(version: Version): void {
    held = channel.savedOf(version);
    conflict = false;
    dirty = false;
    stopTimer();
    channel.show(version);
    set({ kind: 'saved', at: held.at });
  }

  function stopForChoice(): void {
    conflict = true;
    stopTimer();
    set({ kind: 'conflict' });
  }

  async function followLatest(): Promise<void> {
    const latest = await channel.fetchLatest();
    // The person typed while the other version was on its way: ask rather than replace.
    if ((dirty || inFlight) && options.checksRevision) stopForChoice();
    else if (!dirty && !inFlight) follow(latest);
  }

  function savedElsewhere(elsewhere: { revision: number; at?: string }, version?: Version): void {
    const newer =
      elsewhere.revision > held.revision ||
      (elsewhere.revision === held.revision && elsewhere.at !== undefined && elsewhere.at !== held.at);
    if (!newer || inFlight) return;
    if (!dirty) {
      // Not reached, the other version stays out of the form; this form's next save meets it as a conflict.
      if (version === undefined) void followLatest().catch(() => undefined);
      else follow(version);
    } else if (options.checksRevision) {
      stopForChoice();
    }
  }

  async function keepMine(): Promise<void> {
    const latest = await channel.fetchLatest();
    held = { ...held, revision: channel.savedOf(latest).revision };
    conflict = false;
    dirty = true;
    await flush();
  }

  async function loadTheirs(): Promise<void> {
    follow(await channel.fetchLatest());
  }

  return {
    status,
    changed,
    flush,
    flushOnExit,
    reconnected: () => {
      if (status.get().kind === 'failed') void flush();
    },
    savedElsewhere,
    keepMine,
    loadTheirs,
  };
}
