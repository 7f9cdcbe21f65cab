import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { startedStore } from '../start/started';
import type { SaveEngine } from './save-engine';
import { statusWords, type SaveState, type SaveStatusStore } from './save-status';
import { followShownStatus, initialShown, type ShownStatus } from './shown-status';

/** What the status line needs of a form's save engine. */
type SaveControls = Pick<SaveEngine<unknown>, 'status' | 'flush' | 'keepMine' | 'loadTheirs'>;

/** "Sparat 13:18", "Sparar…", or what went wrong and what to do (only an article can meet a conflict). */
export function SaveStatus({ autosave }: { autosave: SaveControls }) {
  const { t } = useT();
  const { state, held } = useShownStatus(autosave.status);
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
  return <SavingStatus state={state} held={held} onRetry={() => void autosave.flush()} />;
}

type Shown = Exclude<SaveState, { kind: 'conflict' }>;

/**
 * What the line shows (see followShownStatus), rendered as a transition: the line is not
 * urgent, the keystroke that changed it is.
 */
function useShownStatus(source: SaveStatusStore): ShownStatus {
  const [shown, setShown] = useState(() => initialShown(source));
  useEffect(() => followShownStatus(source, (next) => startTransition(() => setShown(next))), [source]);
  return shown;
}

/** "Sparat 13:18", "Sparar…", "Osparade ändringar", or the failure with "Försök igen". */
function SavingStatus({ state, held, onRetry }: { state: Shown; held: boolean; onRetry: () => void }) {
  const { t, errorText } = useT();
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
