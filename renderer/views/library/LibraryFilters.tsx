import { articleKinds, articleStatuses, type ArticleKind, type ArticleStatus } from '../../../shared/article/article-fields';
import type { LibraryFilter } from '../../../shared/article/library-order';
import { ChoiceField } from '../../components/ChoiceField';
import { builtKey, useT } from '../../i18n';

/** The library shown by one status, one kind, or both; combined with the search. */
export function LibraryFilters({ filter, onChange }: { filter: LibraryFilter; onChange: (filter: LibraryFilter) => void }) {
  const { t } = useT();
  return (
    <div className="library-filters" role="group" aria-label={t('library.filters')}>
      <ChoiceField<ArticleStatus | ''>
        label={t('library.filter.status')}
        value={filter.status ?? ''}
        choices={[['', t('library.filter.allStatuses')], ...articleStatuses.map((s) => [s, t(builtKey('status.', s))] as const)]}
        onChange={(status) => onChange({ ...filter, status: status === '' ? null : status })}
      />
      <ChoiceField<ArticleKind | ''>
        label={t('library.filter.kind')}
        value={filter.kind ?? ''}
        choices={[['', t('library.filter.allKinds')], ...articleKinds.map((k) => [k, t(builtKey('kind.', k))] as const)]}
        onChange={(kind) => onChange({ ...filter, kind: kind === '' ? null : kind })}
      />
    </div>
  );
}
