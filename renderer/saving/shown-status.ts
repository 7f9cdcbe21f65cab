import type { SaveState, SaveStatusStore } from './save-status';

/** How long a save is out before the line says "Sparar…". */
export const savingShownAfterMs = 300;
/** How long text may wait for its save before the line says so ("Osparade ändringar"). */
export const unsavedShownAfterMs = 2_000;

/** What the status line shows: a save state, and whether it is held over a save under way. */
export interface ShownStatus {
  state: SaveState;
  held: boolean;
}

const inBetween = (state: SaveState) => state.kind === 'pending' || state.kind === 'saving';

/** What the line shows when it first renders: the state as it is, held by nothing yet. */
export const initialShown = (source: SaveStatusStore): ShownStatus => ({ state: source.get(), held: false });

const sameShown = (a: ShownStatus, b: ShownStatus) => a.held === b.held && a.state === b.state;

/**
 * What the line shows, followed outside React. While a person types, the text is saved every
 * moment: each save would turn "Sparat 13:18" into "Osparade ändringar" and back, and each
 * change of the line lays out and paints a frame of its own between the keystrokes and is read
 * out by a screen reader (the line is a live region). So the line keeps the last save's state
 * until saving takes longer than it should: a save out for a moment ("Sparar…"), or text
 * waiting for its save for a while ("Osparade ändringar"). A failure or a conflict shows at
 * once. `held` says the line stands still over a save under way: the line is then aria-busy,
 * as a live region being brought up to date is, which also tells a test that "Sparat" is not
 * the last word yet.
 *
 * `show` is called only when what the line shows changes: while a person types on, the saves
 * going out and coming back change nothing shown, and so render nothing. (Every React commit
 * with the caret in the body walks the body's whole text to find where the caret is.)
 * Returns the stop.
 */
export function followShownStatus(source: SaveStatusStore, show: (shown: ShownStatus) => void): () => void {
  let shown = initialShown(source);
  let steady: SaveState = shown.state;
  let revealed = false;
  let unsettledSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const state = source.get();
    const next: ShownStatus = inBetween(state) && !revealed ? { state: steady, held: true } : { state, held: false };
    if (sameShown(next, shown)) return;
    shown = next;
    show(next);
  };

  const follow = () => {
    const state = source.get();
    clearTimeout(timer);
    timer = undefined;
    if (!inBetween(state)) {
      // A conflict replaces the line; what it shows afterwards starts from what comes next.
      steady = state;
      revealed = false;
      unsettledSince = null;
    } else if (!inBetween(steady) && steady.kind !== 'conflict' && !revealed) {
      const now = performance.now();
      unsettledSince ??= now;
      const unsaved = unsettledSince + unsavedShownAfterMs - now;
      const wait = Math.max(0, state.kind === 'saving' ? Math.min(savingShownAfterMs, unsaved) : unsaved);
      timer = setTimeout(() => {
        revealed = true;
        update();
      }, wait);
    } else {
      // Nothing steady to hold (the line came after a conflict): it says what is under way.
      steady = state;
      revealed = true;
    }
    update();
  };

  const stop = source.subscribe(follow);
  follow();
  return () => {
    stop();
    clearTimeout(timer);
  };
}
