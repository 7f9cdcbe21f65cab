import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { builtKey, useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { Snippet } from '../../components/Snippet';
import type { WorkflowStatus } from '../../../shared/publish/review';
import { workflowBadge } from '../review/workflow-text';

interface ArticleRowProps {
  article: ArticleSummary;
  /** When the date column shows the time the article went to the trash. */
  showTrashedAt?: boolean;
  action: ReactNode;
  /** A checkbox choosing the article for export, when the table offers it. */
  select?: ReactNode;
  /** Where the article stands in review, when it is in the workflow: a scheduled one shows its time. */
  workflow?: WorkflowStatus;
  /** Where the row stands in the list. */
  index: number;
  /** The table's ref, measuring the row, when rows differ in height. */
  measure?: (row: HTMLTableRowElement | null) => void;
}

export function articleTitle(article: Pick<ArticleSummary, 'headline'>, untitled: string): string {
  return article.headline.trim() === '' ? untitled : article.headline;
}

export function ArticleRow({ article, showTrashedAt = false, action, select, workflow, index, measure }: ArticleRowProps) {
  const { t, dateTime } = useT();
  const scheduled = article.status === 'scheduled' && workflow?.state === 'scheduled' ? workflow : null;
  const title = articleTitle(article, t('library.untitled'));
  const when = showTrashedAt && article.trashedAt ? article.trashedAt : article.updatedAt;
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={article.snippet ? undefined : 'one-line'}>
      {select ? <td className="select-cell">{select}</td> : null}
      <td className="kicker-cell">{article.kicker}</td>
      <td>
        {showTrashedAt ? (
          <span className="headline-cell">{title}</span>
        ) : (
          <a className="headline-cell" href={hrefFor({ view: 'article', id: article.id })}>
            {title}
          </a>
        )}
        {article.snippet ? <Snippet text={article.snippet} /> : null}
      </td>
      <td>{t(builtKey('kind.', article.kind))}</td>
      <td>{scheduled ? workflowBadge({ t, dateTime }, scheduled) : t(builtKey('status.', article.status))}</td>
      <td>
        <time dateTime={when}>{dateTime(when)}</time>
      </td>
      <td>{action}</td>
    </tr>
  );
}
