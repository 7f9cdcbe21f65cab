import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { articleExportLimit } from '../../../shared/article/article-fields';
import type { LibraryFilter } from '../../../shared/article/library-order';
import { lastChangedFirst, nextSort, type LibrarySort, type LibrarySortColumn } from '../../../shared/article/library-sort';
import { invoke, onEvent, sessionId } from '../../platform';
import { useT } from '../../i18n';
import { navigate } from '../../routes';
import { useAppCommand } from '../../app-commands';
import { ArticleRow } from './ArticleRow';
import { ArticleTable } from './ArticleTable';
import { ExportBar } from './ExportBar';
import { LibraryFilters } from './LibraryFilters';
import { UndoNotice, type Notice } from './UndoNotice';
import { useArticlePages, type ListOrder } from './useArticlePages';
import { useRowRefocus } from './useRowRefocus';
import './library.css';
import { useWorkflowStates } from '../review/useWorkflowStates';
import { markNewArticle } from '../article/new-article';

/** Typing a search waits this long for the next key before asking the core. */
const searchDelayMs = 80;

function useSettledQuery(query: string): string {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), query === '' ? 0 : searchDelayMs);
    return () => clearTimeout(timer);
  }, [query]);
  return settled;
}

export function LibraryView() {
  const { t, errorText } = useT();
  const [query, setQuery] = useState('');
  const searchField = useRef<HTMLInputElement>(null);
  useAppCommand('search', () => searchField.current?.select());
  const [notice, setNotice] = useState<Notice>({ text: '' });
  const [failure, setFailure] = useState<unknown>(null);
  const [sort, setSort] = useState<LibrarySort | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({ status: null, kind: null });
  const order: ListOrder = useMemo(() => ({ sort, ...filter }), [sort, filter]);
  const { pages, version } = useArticlePages('active', useSettledQuery(query), order);
  // What the headers show: the order asked for, else the list's own (a search's best or newest first has no column).
  const shownSort = sort ?? (pages.query.trim() === '' ? lastChangedFirst : null);
  const onSort = useCallback((column: LibrarySortColumn) => setSort(nextSort(shownSort, column)), [shownSort]);
  const view = useRef<HTMLElement>(null);
  const refocus = useRowRefocus(view, version);
  const workflow = useWorkflowStates();
  // The chosen articles, kept whether or not their rows are on screen.
  const [chosen, setChosen] = useState<ReadonlyMap<string, ArticleSummary>>(new Map());
  const [choosingAll, setChoosingAll] = useState(false);
  const total = pages.total;
  const allChosen = total !== null && total > 0 && chosen.size >= Math.min(total, articleExportLimit);

  // An article that leaves the library is no longer chosen for export.
  useEffect(
    () =>
      onEvent('article.changed', ({ id, change }) => {
        if (change === 'trashed' || change === 'deleted') setChosen((previous) => (previous.has(id) ? without(previous, id) : previous));
      }),
    [],
  );

  const choose = useCallback((article: ArticleSummary, on: boolean) => {
    setChosen((previous) => (on ? new Map(previous).set(article.id, article) : without(previous, article.id)));
  }, []);

  async function chooseAll(on: boolean) {
    if (!on) return setChosen(new Map());
    // The box shows the choice at once; the list's ids follow from the core.
    setChoosingAll(true);
    try {
      const {
        items,
        total: all,
        capped,
      } = await invoke('articles.page', {
        scope: 'active',
        query: pages.query,
        ...pages.order,
        limit: articleExportLimit,
      });
      setChosen(new Map(items.map((article) => [article.id, article])));
      if (capped) setNotice({ text: t('export.selectedNewestMatches', { count: items.length }) });
      else if (all > items.length) setNotice({ text: t('export.selectedFirst', { count: items.length }) });
    } catch (caught) {
      setFailure(caught);
    } finally {
      setChoosingAll(false);
    }
  }

  async function createArticle() {
    try {
      const article = await invoke('articles.create', { kind: 'news', sessionId });
      markNewArticle(article.id);
      navigate({ view: 'article', id: article.id });
    } catch (caught) {
      setFailure(caught);
    }
  }

  const open = useCallback((id: string) => navigate({ view: 'article', id }), []);
  // Read when an article goes to the trash, so Ångra chooses it again; kept out of the rows' callbacks.
  const chosenIds = useRef(chosen);
  useEffect(() => {
    chosenIds.current = chosen;
  }, [chosen]);

  const moveToTrash = useCallback(
    (id: string, title: string, index: number) => {
      const wasChosen = chosenIds.current.has(id);
      refocus.after(id, index);
      void invoke('articles.trash', { id, sessionId }).then(
        () => {
          setFailure(null);
          setNotice({
            text: t('library.movedToTrash', { title }),
            // Back out of the trash as it was: the same place in the list, and chosen for export if it was.
            undo: async () => {
              const article = await invoke('articles.restore', { id, sessionId });
              if (wasChosen) setChosen((previous) => new Map(previous).set(id, article));
              setNotice({ text: t('library.restoredByUndo', { title }) });
            },
          });
        },
        (caught: unknown) => setFailure(caught),
      );
    },
    [t, refocus],
  );

  const shown = pages.error ?? failure;
  return (
    <section ref={view} className="library" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">{t('library.heading')}</h1>
        <button type="button" className="primary" onClick={() => void createArticle()}>
          {t('library.new')}
        </button>
      </header>
      <input
        ref={searchField}
        type="search"
        className="search"
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoFocus
      />
      <LibraryFilters filter={filter} onChange={setFilter} />
      <ExportBar
        selected={choosingAll ? [] : [...chosen.values()]}
        onNotice={(text) => {
          setFailure(null);
          setNotice({ text });
        }}
        onFailure={setFailure}
      />
      <UndoNotice notice={notice} onFailure={setFailure} />
      {shown ? <p role="alert">{errorText(shown)}</p> : null}
      {total === null ? null : total === 0 ? (
        <p className="empty">
          {pages.query.trim()
            ? t('library.noResults', { query: pages.query })
            : pages.order.status !== null || pages.order.kind !== null
              ? t('library.noneFiltered')
              : t('library.empty')}
        </p>
      ) : (
        <ArticleTable
          pages={pages}
          version={version}
          caption={t('library.table')}
          dateLabel={t('library.col.updated')}
          sorting={{ shown: shownSort, onSort }}
          select={
            <input
              type="checkbox"
              aria-label={t('export.selectAll')}
              checked={allChosen || choosingAll}
              onChange={(event) => void chooseAll(event.target.checked)}
            />
          }
          row={(article, index, measure) => (
            <ArticleRow
              key={article.id}
              index={index}
              measure={measure}
              article={article}
              workflow={workflow.get(article.id)}
              chosen={chosen.has(article.id)}
              onChoose={choose}
              onAction={moveToTrash}
              onOpen={open}
            />
          )}
        />
      )}
      {total !== null && total > 0 ? (
        <p className="library-count">
          {pages.capped
            ? t(pages.order.sort ? 'library.countNewestSorted' : 'library.countNewest', { count: total })
            : t('library.count', { count: total })}
        </p>
      ) : null}
      {total !== null && total > 0 ? <p className="library-keys">{t('library.keys')}</p> : null}
    </section>
  );
}

function without(chosen: ReadonlyMap<string, ArticleSummary>, id: string): ReadonlyMap<string, ArticleSummary> {
  const next = new Map(chosen);
  next.delete(id);
  return next;
}
