import { useT } from '../../i18n';
import { ProgressBar } from '../../components/ProgressBar';
import type { ImportItem, ImportProgress } from '../../photos/import-photos';

interface ImportListProps {
  items: readonly ImportItem[];
  progress: ImportProgress | null;
  onOpen: (id: string) => void;
  onClear: () => void;
}

/** Each file of an import with its progress and result; a refused file says why, in words. */
export function ImportList({ items, progress, onOpen, onClear }: ImportListProps) {
  const { t, errorText } = useT();
  if (items.length === 0) return null;
  const busy = items.some((item) => item.state.kind === 'waiting' || item.state.kind === 'importing');
  return (
    <section className="photo-imports" aria-label={t('import.heading')}>
      {progress ? (
        <ProgressBar
          label={t('import.progress')}
          done={progress.done}
          total={progress.total}
          text={t('import.progressText', { done: progress.done, count: progress.total })}
        />
      ) : null}
      <ul>
        {items.map(({ key, fileName, state }) => (
          <li key={key} className={`import-${state.kind}`}>
            <span className="import-file">{fileName}</span>{' '}
            {state.kind === 'failed' ? (
              <span role="alert">{errorText(state.error)}</span>
            ) : state.kind === 'imported' || state.kind === 'duplicate' ? (
              <>
                <span>{t(state.kind === 'duplicate' ? 'import.duplicate' : 'import.imported')}</span>{' '}
                <button type="button" className="link-button" onClick={() => onOpen(state.photo.id)}>
                  {t('import.show', { fileName })}
                </button>
              </>
            ) : (
              <span>{t(state.kind === 'waiting' ? 'import.waiting' : 'import.importing')}</span>
            )}
          </li>
        ))}
      </ul>
      {busy ? null : (
        <button type="button" onClick={onClear}>
          {t('import.clear')}
        </button>
      )}
    </section>
  );
}
