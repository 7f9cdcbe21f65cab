import { useEffect, useId, useMemo, useState } from 'react';
import type { HistoryEntry, RevisionLabel } from '../../../shared/article/history';
import { diffRevisions } from '../../../shared/revisions/diff';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useModalDialog } from '../../components/useModalDialog';
import { formatDateTimeSeconds } from '../../../shared/format/date';
import { builtKey, useT, type Translator } from '../../i18n';
import { invoke } from '../../platform';
import { useSettings } from '../../settings';
import { RevisionDiffView } from './RevisionDiffView';
import { useHistory, useRevisions } from './useHistory';
import './history.css';

interface HistoryDialogProps {
  articleId: string;
  title: string;
  onClose: () => void;
}

/** Saves a minute apart are told apart by their seconds. */
const whenOf = ({ language }: Translator, instant: string) => formatDateTimeSeconds(instant, language);

function labelText(tr: Translator, label: RevisionLabel): string {
  const { t } = tr;
  const name =
    label.name === 'restored' && label.detail
      ? t('history.restoredFrom', { when: whenOf(tr, label.detail) })
      : t(builtKey('history.name.', label.name)) + (label.name === 'correction' && label.detail ? `: ${label.detail}` : '');
  return label.by ? t('history.nameBy', { name, by: label.by }) : name;
}

function EntryLabel({ entry, current }: { entry: HistoryEntry; current: boolean }) {
  const tr = useT();
  const { t } = tr;
  return (
    <span className="history-entry">
      <time dateTime={entry.savedAt}>{whenOf(tr, entry.savedAt)}</time>
      {current ? <span className="history-current"> ({t('history.current')})</span> : null}
      <span className="history-who"> · {entry.savedBy ?? t('history.noName')}</span>
      <span className="history-words"> · {t('history.words', { count: entry.words })}</span>
      {entry.names.map((label, index) => (
        <span key={index} className="revision-name">
          {' '}
          {labelText(tr, label)}
        </span>
      ))}
    </span>
  );
}

/**
 * "Historik": the article's saved revisions with who and when and their names; the chosen one
 * compared with another (the current one unless another is picked), field by field and block
 * by block; and "Återställ den här versionen", which saves it as a new revision after a question.
 */
export function HistoryDialog({ articleId, title, onClose }: HistoryDialogProps) {
  const tr = useT();
  const { t, errorText } = tr;
  const dateTime = (instant: string) => whenOf(tr, instant);
  const settings = useSettings();
  const dialog = useModalDialog(onClose);
  const titleId = useId();
  const { page, error, loadOlder, reload } = useHistory(articleId);
  const { revisions, request, error: revisionError } = useRevisions(articleId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [compareWith, setCompareWith] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  const entries = page?.entries ?? [];
  // The one before the current by default, so the dialog opens on the last change made.
  const from = chosen ?? entries[1]?.revision ?? entries[0]?.revision ?? null;
  const to = compareWith ?? page?.current ?? null;
  const entryOf = (revision: number | null) => entries.find((entry) => entry.revision === revision);

  useEffect(() => {
    if (from !== null) request(from);
    if (to !== null) request(to);
  }, [from, to, request]);

  const before = from === null ? undefined : revisions.get(from);
  const after = to === null ? undefined : revisions.get(to);
  const diff = useMemo(() => (before && after ? diffRevisions(before.draft, after.draft) : null), [before, after]);

  async function restore() {
    setConfirming(false);
    if (from === null || !page || !before) return;
    try {
      await invoke('articles.restoreRevision', { id: articleId, revision: from, baseRevision: page.current });
      setNotice(t('history.restored', { when: dateTime(before.savedAt) }));
      setFailure(null);
      setCompareWith(null);
      await reload();
    } catch (caught) {
      setFailure(caught);
    }
  }

  const fromEntry = entryOf(from);
  const toEntry = entryOf(to);
  return (
    <dialog {...dialog} className="history-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('history.heading', { title })}</h2>
      {settings.yourName === '' ? <p className="history-hint">{t('history.nameHint')}</p> : null}
      {error ? <p role="alert">{errorText(error)}</p> : null}
      {!page && !error ? <p role="status">{t('history.loading')}</p> : null}
      <div className="history-columns">
        <fieldset className="history-list">
          <legend>{t('history.list')}</legend>
          <ol>
            {entries.map((entry) => (
              <li key={entry.revision} className={entry.revision === from ? 'chosen' : undefined}>
                <label>
                  <input
                    type="radio"
                    name={`history-${articleId}`}
                    checked={entry.revision === from}
                    onChange={() => setChosen(entry.revision)}
                  />
                  <EntryLabel entry={entry} current={entry.revision === page?.current} />
                </label>
              </li>
            ))}
          </ol>
          {page?.more ? (
            <button type="button" onClick={() => void loadOlder()}>
              {t('history.older')}
            </button>
          ) : null}
        </fieldset>
        <section className="history-diff" aria-labelledby={`${titleId}-changes`}>
          <label className="field">
            <span>{t('history.compareWith')}</span>
            <select value={to ?? ''} onChange={(event) => setCompareWith(Number(event.target.value))}>
              {entries.map((entry) => (
                <option key={entry.revision} value={entry.revision}>
                  {dateTime(entry.savedAt)}
                  {entry.revision === page?.current ? ` (${t('history.current')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <h3 id={`${titleId}-changes`}>
            {fromEntry && toEntry
              ? t('history.changes', { from: dateTime(fromEntry.savedAt), to: dateTime(toEntry.savedAt) })
              : t('history.open')}
          </h3>
          {revisionError ? <p role="alert">{errorText(revisionError)}</p> : null}
          {diff && before && after ? <RevisionDiffView diff={diff} before={before.draft} after={after.draft} /> : null}
        </section>
      </div>
      <p role="status" className="notice">
        {notice}
      </p>
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
      {from !== null && from === page?.current ? <p className="history-hint">{t('history.restoreIsCurrent')}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('history.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={from === null || !before || from === page?.current}
          onClick={() => setConfirming(true)}
        >
          {t('history.restore')}
        </button>
      </div>
      {confirming && before ? (
        <ConfirmDialog
          title={t('history.confirmTitle', { when: dateTime(before.savedAt) })}
          body={t('history.confirmBody')}
          confirmLabel={t('history.confirm')}
          cancelLabel={t('history.cancel')}
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </dialog>
  );
}
