import { formatTime } from '../../../shared/format/date';
import { useT } from '../../i18n';
import type { PhotoAutosave } from './usePhotoAutosave';

/** "Sparat 13:18", "Sparar…", or what went wrong, as an article's status says it. */
export function PhotoSaveStatus({ autosave }: { autosave: PhotoAutosave }) {
  const { t, errorText } = useT();
  const { state } = autosave;
  if (state.kind === 'failed') {
    return (
      <div className="save-status failed" role="alert">
        <strong>{t('save.failed')}</strong> <span>{errorText(state.error)}</span>{' '}
        <button type="button" onClick={() => void autosave.flush()}>
          {t('save.retry')}
        </button>
      </div>
    );
  }
  const text =
    state.kind === 'saved' ? t('save.saved', { time: formatTime(state.at) }) : state.kind === 'saving' ? t('save.saving') : t('save.pending');
  return (
    <p className={`save-status ${state.kind}`} role="status">
      {text}
    </p>
  );
}
