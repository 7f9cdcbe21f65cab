import { formatTime } from '../../shared/format/date';
import { phrase, type Phrase } from '../../shared/i18n';

/** What the status line says of a form's saving. */
export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; error: unknown } | { kind: 'conflict' };

/**
 * The save status as a small store of its own: only the status line subscribes, so a keystroke
 * that turns "Sparat" into "Osparade ändringar" re-renders that line, not the whole form.
 */
export interface SaveStatusStore {
  get: () => SaveState;
  subscribe: (listener: () => void) => () => void;
}

export interface WritableSaveStatus extends SaveStatusStore {
  set: (next: SaveState) => void;
}

export function createSaveStatus(initial: SaveState): WritableSaveStatus {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The status line's words for a state: "Sparat 13:18", "Sparar…", "Osparade ändringar", "Kunde inte spara". */
export function statusWords(state: SaveState): Phrase {
  switch (state.kind) {
    case 'saved':
      return phrase('save.saved', { time: formatTime(state.at) });
    case 'saving':
      return phrase('save.saving');
    case 'pending':
      return phrase('save.pending');
    case 'failed':
      return phrase('save.failed');
    case 'conflict':
      return phrase('save.conflictTitle');
  }
}
