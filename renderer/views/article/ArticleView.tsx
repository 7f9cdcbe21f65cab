import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/article';
import { invoke } from '../../platform';
import { useT } from '../../i18n';
import { hrefFor, parseRoute } from '../../routes';
import { takeStartArticle } from '../../start/left-off';
import { markStarted } from '../../start/started';
import { ArticleEditor } from './ArticleEditor';

let opening: { id: string; article: Promise<Article> } | null = null;

// An article opened within the page (its row in the library, a link) is asked for as the address
// changes, while the view it leaves is still being taken down and this one rendered.
window.addEventListener('hashchange', () => {
  const route = parseRoute(window.location.hash);
  opening = null;
  if (route.view !== 'article') return;
  const article = invoke('articles.get', { id: route.id });
  article.catch(() => undefined);
  opening = { id: route.id, article };
});

/** The article asked for as the address changed to it, once, if it is this one. */
function takeOpening(id: string): Promise<Article> | null {
  const taken = opening;
  opening = null;
  return taken?.id === id ? taken.article : null;
}

/** Loads one article and hands it to the editor. */
export function ArticleView({ id }: { id: string }) {
  const { t, errorText } = useT();
  // The article the page started with, at once when it came in the page.
  const [atStart] = useState(() => takeStartArticle(id));
  const [opened] = useState(() => (atStart === null ? takeOpening(id) : null));
  const [article, setArticle] = useState<Article | null>(atStart instanceof Promise ? null : atStart);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (atStart && !(atStart instanceof Promise)) return;
    (atStart ?? opened ?? invoke('articles.get', { id })).then(setArticle, (caught: unknown) => {
      setError(caught);
      markStarted();
    });
  }, [id, atStart, opened]);

  if (error) {
    return (
      <section>
        <p role="alert">{errorText(error)}</p>
        <a href={hrefFor({ view: 'library' })}>{t('article.back')}</a>
      </section>
    );
  }
  if (!article) return <p role="status">{t('article.loading')}</p>;
  return <ArticleEditor article={article} onRestored={setArticle} readAtPageLoad={atStart !== null} />;
}
