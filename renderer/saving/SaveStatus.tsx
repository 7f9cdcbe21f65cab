import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { startedStore } from '../start/started';
import type { SaveEngine } from './save-engine';
import { statusWords, type SaveState } from './save-status';
import { useSaveState } from './useSaveEngine';

/** What the status line needs of a form's save engine. */
type SaveControls = Pick<SaveEngine<unknown>, 'status' | 'flush' | 'keepMine' | 'loadTheirs'>;

/** "Sparat 13:18", "Sparar…", or what went wrong and what to do (only an article can meet a conflict). */
export function SaveStatus({ autosave }: { autosave: SaveControls }) {
  const { t } = useT();
  const state = useSaveState(autosave.status);
  if (state.kind === 'conflict') {
    return (
      <div className="save-conflict" role="alert">
        <h2>{t(statusWords(state).key)}</h2>
        <p>{t('save.conflictBody')}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => void autosave.keepMine()}>
            {t('save.keepMine')}
          </button>
          <button type="button" onClick={() => void autosave.loadTheirs()}>
            {t('save.loadTheirs')}
          </button>
        </div>
      </div>
    );
  }
  return <SavingStatus state={state} onRetry={() => void autosave.flush()} />;
}

type Shown = Exclude<SaveState, { kind: 'conflict' }>;

/** How long a save is out before the line says "Sparar…". */
export const savingShownAfterMs = 300;
/** How long text may wait for its save before the line says so ("Osparade ändringar"). */
export const unsavedShownAfterMs = 2_000;

const inBetween = (state: Shown) => state.kind === 'pending' || state.kind === 'saving';

/**
 * The state the line shows. While a person types, the text is saved every moment: each save
 * would turn "Sparat 13:18" into "Osparade ändringar" and back, and each change of the line
 * lays out and paints a frame of its own between the keystrokes and is read out by a screen
 * reader (the line is a live region). So the line keeps the last save's time until saving
 * takes longer than it should: a save out for a moment ("Sparar…"), or text waiting for its
 * save for a while ("Osparade ändringar"). A failure shows at once. `held` says the line stands
 * still over a save under way: the line is then aria-busy, as a live region being brought up to
 * date is, which also tells a test that "Sparat" is not the last word yet.
 */
function useShownState(state: Shown): { shown: Shown; held: boolean } {
  const [steady, setSteady] = useState(state);
  const [revealed, setRevealed] = useState(false);
  const unsettledSince = useRef<number | null>(null);
  if (!inBetween(state)) {
    if (steady !== state) setSteady(state);
    if (revealed) setRevealed(false);
  }
  useEffect(() => {
    if (!inBetween(state)) {
      unsettledSince.current = null;
      return undefined;
    }
    const now = performance.now();
    unsettledSince.current ??= now;
    const unsaved = unsettledSince.current + unsavedShownAfterMs - now;
    const timer = setTimeout(
      () => setRevealed(true),
      Math.max(0, state.kind === 'saving' ? Math.min(savingShownAfterMs, unsaved) : unsaved),
    );
    return () => clearTimeout(timer);
  }, [state]);
  return inBetween(state) && !revealed ? { shown: steady, held: true } : { shown: state, held: false };
}

/** "Sparat 13:18", "Sparar…", "Osparade ändringar", or the failure with "Försök igen". */
function SavingStatus({ state: current, onRetry }: { state: Shown; onRetry: () => void }) {
  const { t, errorText } = useT();
  const { shown: state, held } = useShownState(current);
  // The time of the last save is written with the newsroom's clock (Intl), whose first use
  // loads the locale data: it waits until the page has started.
  const started = useSyncExternalStore(startedStore.subscribe, startedStore.get);
  if (!started && state.kind === 'saved') return <p className="save-status saved" role="status" />;
  const words = statusWords(state);
  if (state.kind === 'failed') {
    return (
      <div className="save-status failed" role="alert">
        <strong>{t(words.key)}</strong> <span>{errorText(state.error)}</span>{' '}
        <button type="button" onClick={onRetry}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  return (
    <p className={`save-status ${state.kind}`} role="status" aria-busy={held || undefined}>
      {t(words.key, words.params)}
    </p>
  );
}
