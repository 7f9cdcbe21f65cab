import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/article';
import { invoke } from '../../platform';
import { useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { takeStartArticle } from '../../start/left-off';
import { markStarted } from '../../start/started';
import { ArticleEditor } from './ArticleEditor';

/** Loads one article and hands it to the editor. */
export function ArticleView({ id }: { id: string }) {
  const { t, errorText } = useT();
  // The article the page started with, at once when it came in the page.
  const [atStart] = useState(() => takeStartArticle(id));
  const [article, setArticle] = useState<Article | null>(atStart instanceof Promise ? null : atStart);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (atStart && !(atStart instanceof Promise)) return;
    (atStart ?? invoke('articles.get', { id })).then(setArticle, (caught: unknown) => {
      setError(caught);
      markStarted();
    });
  }, [id, atStart]);

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
