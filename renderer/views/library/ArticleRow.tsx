import { memo, type KeyboardEvent, type MouseEvent } from 'react';
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
  /** The row's one action: to the trash (also the Delete key), or (in the trash) back out of it. */
  onAction: (id: string, title: string, index: number) => void;
  /** Opens the article: Enter on the row or its checkbox, or a double-click; the library's rows only. */
  onOpen?: (id: string) => void;
}

/** Keys and double-clicks meant for a control in the row (the link, the checkbox, the button) stay the control's. */
const ownedByControl = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('a, button, input, select, textarea') !== null;

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
  onOpen,
}: ArticleRowProps) {
  const { t, dateTime } = useT();
  const scheduled = article.status === 'scheduled' && workflow?.state === 'scheduled' ? workflow : null;
  const title = articleTitle(article, t('library.untitled'));
  const when = inTrash && article.trashedAt ? article.trashedAt : article.updatedAt;

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>) {
    if (!onOpen) return;
    const onCheckbox = event.target instanceof HTMLInputElement && event.target.type === 'checkbox';
    if (event.key === 'Enter' && (event.target === event.currentTarget || onCheckbox)) {
      event.preventDefault();
      onOpen(article.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onAction(article.id, title, index);
    }
  }

  function onDoubleClick(event: MouseEvent<HTMLTableRowElement>) {
    if (onOpen && !ownedByControl(event.target)) onOpen(article.id);
  }

  return (
    <tr
      ref={measure}
      data-index={index}
      data-article={article.id}
      aria-rowindex={index + 2}
      className={article.snippet ? undefined : 'one-line'}
      // Clicking a row's cell focuses the row, for Enter and Delete; Tab still goes control to control.
      tabIndex={onOpen ? -1 : undefined}
      onKeyDown={onOpen ? onKeyDown : undefined}
      onDoubleClick={onOpen ? onDoubleClick : undefined}
    >
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
        {inTrash ? (
          <button type="button" aria-label={t('trash.restore', { title })} onClick={() => onAction(article.id, title, index)}>
            {t('trash.restoreShort')}
          </button>
        ) : (
          <button
            type="button"
            className="row-action"
            aria-label={t('library.trash', { title })}
            title={t('library.trashHint')}
            onClick={() => onAction(article.id, title, index)}
          >
            <TrashIcon />
          </button>
        )}
      </td>
    </tr>
  );
});

/** A waste bin, drawn in the text's colour, so the row's action takes one line and little room. */
function TrashIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M6 1.5h4M2.5 3.5h11M4 3.5l.7 10a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9l.7-10M6.5 6v6M9.5 6v6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
      />
    </svg>
  );
}
