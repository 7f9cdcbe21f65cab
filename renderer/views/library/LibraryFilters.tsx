import { ArticleKind, ArticleStatus } from '../../../shared/article/article';
import type { LibraryFilter } from '../../../shared/article/library-order';
import { builtKey, useT } from '../../i18n';

/** The library shown by one status, one kind, or both; combined with the search. */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const { t } = useT();
  return (
    <div className="library-filters" role="group" aria-label={t('library.filters')}>
      <label>
        {t('library.filter.status')}{' '}
        <select
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: event.target.value === '' ? null : ArticleStatus.parse(event.target.value) })}
        >
          <option value="">{t('library.filter.allStatuses')}</option>
          {ArticleStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(builtKey('status.', status))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.filter.kind')}{' '}
        <select
          value={filter.kind ?? ''}
          onChange={(event) => onChange({ ...filter, kind: event.target.value === '' ? null : ArticleKind.parse(event.target.value) })}
        >
          <option value="">{t('library.filter.allKinds')}</option>
          {ArticleKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(builtKey('kind.', kind))}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
