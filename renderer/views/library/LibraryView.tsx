import { useState } from 'react';
import { invoke, sessionId } from '../../platform';
import { useT } from '../../i18n';
import { navigate } from '../../routes';
import { ArticleRow, articleTitle } from './ArticleRow';
import { ArticleTable } from './ArticleTable';
import { ExportBar } from './ExportBar';
import { useArticleList } from './useArticleList';
import { useWorkflowStates } from '../review/useWorkflowStates';

export function LibraryView() {
  const { t, errorText } = useT();
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const { articles, error } = useArticleList('active', query);
  const workflow = useWorkflowStates();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const selected = (articles ?? []).filter((article) => chosen.has(article.id));
  const allChosen = articles !== null && articles.length > 0 && selected.length === articles.length;

  function choose(id: string, on: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function createArticle() {
    try {
      const article = await invoke('articles.create', { kind: 'news', sessionId });
      navigate({ view: 'article', id: article.id });
    } catch (caught) {
      setFailure(caught);
    }
  }

  async function moveToTrash(id: string, title: string) {
    try {
      await invoke('articles.trash', { id, sessionId });
      setNotice(t('library.movedToTrash', { title }));
    } catch (caught) {
      setFailure(caught);
    }
  }

  const shown = error ?? failure;
  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="view-header">
        <h1 id="library-heading">{t('library.heading')}</h1>
        <button type="button" className="primary" onClick={() => void createArticle()}>
          {t('library.new')}
        </button>
      </header>
      <input
        type="search"
        className="search"
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        autoFocus
      />
      <ExportBar
        selected={selected}
        onNotice={(text) => {
          setFailure(null);
          setNotice(text);
        }}
        onFailure={setFailure}
      />
      <p className="notice" role="status">
        {notice}
      </p>
      {shown ? <p role="alert">{errorText(shown)}</p> : null}
      {articles === null ? null : articles.length === 0 ? (
        <p className="empty">{query.trim() ? t('library.noResults', { query }) : t('library.empty')}</p>
      ) : (
        <ArticleTable
          caption={t('library.table')}
          dateLabel={t('library.col.updated')}
          select={
            <input
              type="checkbox"
              aria-label={t('export.selectAll')}
              checked={allChosen}
              onChange={(event) => setChosen(new Set(event.target.checked ? articles.map((a) => a.id) : []))}
            />
          }
        >
          {articles.map((article) => {
            const title = articleTitle(article, t('library.untitled'));
            return (
              <ArticleRow
                key={article.id}
                article={article}
                workflow={workflow.get(article.id)}
                select={
                  <input
                    type="checkbox"
                    aria-label={t('export.select', { title })}
                    checked={chosen.has(article.id)}
                    onChange={(event) => choose(article.id, event.target.checked)}
                  />
                }
                action={
                  <button type="button" aria-label={t('library.trash', { title })} onClick={() => void moveToTrash(article.id, title)}>
                    {t('library.trashShort')}
                  </button>
                }
              />
            );
          })}
        </ArticleTable>
      )}
      {articles !== null && articles.length > 0 ? <p className="library-count">{t('library.count', { count: articles.length })}</p> : null}
    </section>
  );
}
