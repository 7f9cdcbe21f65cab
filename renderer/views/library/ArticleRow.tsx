import { memo } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { builtKey, useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { Snippet } from '../../components/Snippet';
import type { WorkflowStatus } from '../../../shared/publish/review';
import { workflowBadge } from '../review/workflow-text';

interface ArticleRowProps {
  article: ArticleSummary;
  /** Where the row stands in the list. */
  index: number;
  /** The table's ref, measuring the row, when rows differ in height. */
  measure?: (row: HTMLTableRowElement | null) => void;
  /** The trash's rows: the date column shows when the article went there, and the action restores it. */
  inTrash?: boolean;
  /** Where the article stands in review, when it is in the workflow: a scheduled one shows its time. */
  workflow?: WorkflowStatus;
  /** Whether the article is chosen for export; undefined where the table offers no choice. */
  chosen?: boolean;
  onChoose?: (article: ArticleSummary, on: boolean) => void;
  /** The row's one action: to the trash, or (in the trash) back out of it. */
  onAction: (id: string, title: string) => void;
}

export function articleTitle(article: Pick<ArticleSummary, 'headline'>, untitled: string): string {
  return article.headline.trim() === '' ? untitled : article.headline;
}

/**
 * One article in the table. Its props are plain values and stable callbacks, so scrolling
 * renders only the rows that come into view, not every row on screen at every frame.
 */
export const ArticleRow = memo(function ArticleRow({
  article,
  index,
  measure,
  inTrash = false,
  workflow,
  chosen,
  onChoose,
  onAction,
}: ArticleRowProps) {
  const { t, dateTime } = useT();
  const scheduled = article.status === 'scheduled' && workflow?.state === 'scheduled' ? workflow : null;
  const title = articleTitle(article, t('library.untitled'));
  const when = inTrash && article.trashedAt ? article.trashedAt : article.updatedAt;
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={article.snippet ? undefined : 'one-line'}>
      {chosen === undefined ? null : (
        <td className="select-cell">
          <input
            type="checkbox"
            aria-label={t('export.select', { title })}
            checked={chosen}
            onChange={(event) => onChoose?.(article, event.target.checked)}
          />
        </td>
      )}
      <td className="kicker-cell">{article.kicker}</td>
      <td>
        {inTrash ? (
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
      <td>
        <button
          type="button"
          aria-label={inTrash ? t('trash.restore', { title }) : t('library.trash', { title })}
          onClick={() => onAction(article.id, title)}
        >
          {inTrash ? t('trash.restoreShort') : t('library.trashShort')}
        </button>
      </td>
    </tr>
  );
});
