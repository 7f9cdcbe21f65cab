import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/article';
import { invoke } from '../../platform';
import { useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { ArticleEditor } from './ArticleEditor';

/** Loads one article and hands it to the editor. */
export function ArticleView({ id }: { id: string }) {
  const { t, errorText } = useT();
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    invoke('articles.get', { id }).then(setArticle, setError);
  }, [id]);

  if (error) {
    return (
      <section>
        <p role="alert">{errorText(error)}</p>
        <a href={hrefFor({ view: 'library' })}>{t('article.back')}</a>
      </section>
    );
  }
  if (!article) return <p role="status">{t('article.loading')}</p>;
  return <ArticleEditor article={article} onRestored={setArticle} />;
}
