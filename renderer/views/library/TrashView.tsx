import { useCallback, useMemo, useState } from 'react';
import { lastChangedFirst, nextSort, type LibrarySort, type LibrarySortColumn } from '../../../shared/article/library-sort';
import { invoke, sessionId } from '../../platform';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ArticleRow } from './ArticleRow';
import { ArticleTable } from './ArticleTable';
import { useArticlePages, type ListOrder } from './useArticlePages';

export function TrashView() {
  const { t, errorText } = useT();
  // Sorted by a column's header as the library is, or else last changed first.
  const [sort, setSort] = useState<LibrarySort | null>(null);
  const order: ListOrder = useMemo(() => ({ sort, status: null, kind: null }), [sort]);
  const { pages, version } = useArticlePages('trash', '', order);
  const onSort = useCallback((column: LibrarySortColumn) => setSort(nextSort(sort ?? lastChangedFirst, column)), [sort]);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  const restore = useCallback(
    (id: string, title: string) =>
      void invoke('articles.restore', { id, sessionId }).then(
        () => setNotice(t('trash.restored', { title })),
        (caught: unknown) => setFailure(caught),
      ),
    [t],
  );

  async function emptyTrash() {
    setConfirming(false);
    try {
      await invoke('articles.emptyTrash', { sessionId });
      setNotice(t('trash.emptied'));
    } catch (caught) {
      setFailure(caught);
    }
  }

  const shown = pages.error ?? failure;
  const count = pages.total ?? 0;
  return (
    <section className="library" aria-labelledby="trash-heading">
      <header className="view-header">
        <h1 id="trash-heading">{t('trash.heading')}</h1>
        <button type="button" className="danger" disabled={count === 0} onClick={() => setConfirming(true)}>
          {t('trash.empty')}
        </button>
      </header>
      <p className="notice" role="status">
        {notice}
      </p>
      {shown ? <p role="alert">{errorText(shown)}</p> : null}
      {pages.total === null ? null : count === 0 ? (
        <p className="empty">{t('trash.nothing')}</p>
      ) : (
        <ArticleTable
          pages={pages}
          version={version}
          caption={t('trash.table')}
          dateLabel={t('trash.col.trashed')}
          sorting={{ shown: sort, onSort }}
          dateSorts={false}
          row={(article, index, measure) => (
            <ArticleRow key={article.id} index={index} measure={measure} article={article} inTrash onAction={restore} />
          )}
        />
      )}
      {confirming ? (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          body={t('trash.confirmBody', { count })}
          confirmLabel={t('trash.confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void emptyTrash()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
