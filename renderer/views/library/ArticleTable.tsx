import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/article/article';
import { useT } from '../../i18n';
import { SortHeader, type Sorting } from './SortHeader';
import type { ArticlePages } from './useArticlePages';

interface ArticleTableProps {
  pages: ArticlePages;
  /** Changes whenever a page arrives, so the rows on screen render again. */
  version: number;
  caption: string;
  dateLabel: string;
  /** The header of the selection column, when the rows can be chosen. */
  select?: ReactNode;
  /** The headers that sort the list, when it can be sorted. */
  sorting?: Sorting;
  /** Whether the date column sorts too; the trash shows when an article went there, which no order follows. */
  dateSorts?: boolean;
  /** One article's row, at `index` in the list, with `measure` (when rows differ in height) as its ref. */
  row: (article: ArticleSummary, index: number, measure: Measure | undefined) => ReactNode;
}

type Measure = (row: HTMLTableRowElement | null) => void;

/** As styles.css lays a row out: one line, with its cells' padding and border. */
const rowHeight = 42;
/** A search's row, with its snippet under the headline; measured, as a snippet may wrap. */
const searchRowHeight = 76;
/** The header row above the first article. */
const headerHeight = 38;
const oneLine = () => rowHeight;
const withSnippet = () => searchRowHeight;

/**
 * The library's table: only the rows on screen (and a few either side) are in the document,
 * in a scrolling box of their own, so a hundred thousand articles open and scroll as lightly
 * as ten. The table tells assistive technology how many rows it has and where each one stands.
 */
export function ArticleTable({ pages, version, caption, dateLabel, select, sorting, dateSorts = true, row }: ArticleTableProps) {
  const { t } = useT();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const total = pages.total ?? 0;
  const columns = select ? 7 : 6;

  // Rows of the whole list are one line each, so none is measured: a measured row makes the
  // virtualizer lay out every row after it again, a hundred thousand of them. A search's
  // rows, 500 at most, carry snippets, and are measured.
  const searching = pages.query.trim() !== '';
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller,
    estimateSize: searching ? withSnippet : oneLine,
    paddingStart: headerHeight,
    overscan: 6,
  });
  const measure = searching ? virtualizer.measureElement : undefined;
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (total > 0) pages.show(first, last);
  }, [pages, first, last, total]);

  // Another search, sort or filter starts at the top.
  const shownList = useRef({ query: pages.query, order: pages.order });
  useEffect(() => {
    if (shownList.current.query === pages.query && shownList.current.order === pages.order) return;
    shownList.current = { query: pages.query, order: pages.order };
    virtualizer.scrollToOffset(0);
  }, [pages, virtualizer]);

  // Up and down arrows move the focus from row to row, scrolling the next one into view first:
  // it may not be in the document yet.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const next = scroller?.querySelector<HTMLTableRowElement>(`tbody tr[data-index="${focusIndex}"][data-article]`);
    if (!next) return;
    next.focus();
    setFocusIndex(null);
  }, [focusIndex, scroller, items, version]);
  function onRowKeys(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = event.target;
    if (!(row instanceof HTMLTableRowElement) || row.dataset.index === undefined) return;
    event.preventDefault();
    const at = Number(row.dataset.index);
    const next = event.key === 'ArrowDown' ? Math.min(total - 1, at + 1) : Math.max(0, at - 1);
    if (next === at) return;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusIndex(next);
  }

  const above = Math.max(0, (items[0]?.start ?? headerHeight) - headerHeight);
  const below = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? headerHeight));
  return (
    <div ref={setScroller} className="article-scroller" data-version={version}>
      <table className="article-table" aria-label={caption} aria-rowcount={total + 1}>
        <colgroup>
          {select ? <col className="col-select" /> : null}
          <col className="col-kicker" />
          <col />
          <col className="col-kind" />
          <col className="col-status" />
          <col className="col-date" />
          <col className={sorting ? 'col-actions compact' : 'col-actions'} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {select ? (
              <th scope="col" className="select-cell">
                {select}
              </th>
            ) : null}
            <th scope="col">{t('library.col.kicker')}</th>
            <SortHeader column="headline" label={t('library.col.headline')} sorting={sorting} />
            <SortHeader column="kind" label={t('library.col.kind')} sorting={sorting} />
            <SortHeader column="status" label={t('library.col.status')} sorting={sorting} />
            <SortHeader column="changed" label={dateLabel} sorting={dateSorts ? sorting : undefined} />
            <th scope="col">
              {/* The compact column's icons speak for themselves on screen; the header is still read out. */}
              <span className={sorting ? 'visually-hidden' : undefined}>{t('library.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={onRowKeys}>
          {above > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns} style={{ height: above }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const article = pages.item(item.index);
            return article ? (
              row(article, item.index, measure)
            ) : (
              <tr key={item.key} ref={measure} data-index={item.index} aria-rowindex={item.index + 2} aria-busy="true" className="one-line">
                <td colSpan={columns} className="loading-cell">
                  {t('library.loadingRow')}
                </td>
              </tr>
            );
          })}
          {below > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns} style={{ height: below }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
