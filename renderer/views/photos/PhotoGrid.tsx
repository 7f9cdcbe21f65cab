import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PhotoSummary } from '../../../shared/article/photo';
import { useT } from '../../i18n';
import { PhotoGridRow } from './PhotoGridRow';
import type { PhotoPages } from './usePhotoPages';

interface PhotoGridProps {
  pages: PhotoPages;
  /** Changes whenever a page arrives, so the rows on screen render again. */
  version: number;
  selectedId: string | null;
  onSelect: (photo: PhotoSummary) => void;
}

/** As photo-library.css lays the grid out: tiles at least this wide, rows this tall, gaps and edges this wide. */
const tileWidth = 184;
const rowHeight = 224;
const gap = 12;

/**
 * How many tiles fit side by side, following the grid's width. The width comes from a
 * ResizeObserver, which reports after layout: reading it during the render would force a
 * layout of the whole page while the view opens.
 */
function useColumns(element: HTMLElement | null): number {
  const [columns, setColumns] = useState(4);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setColumns(Math.max(1, Math.floor((entry.contentRect.width - gap) / (tileWidth + gap))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return columns;
}

/**
 * The library's thumbnails in rows; only the rows on screen (and two either side) are in the
 * document, so ten thousand photos scroll as lightly as ten.
 */
export const PhotoGrid = memo(function PhotoGrid({ pages, version, selectedId, onSelect }: PhotoGridProps) {
  const { t } = useT();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const columns = useColumns(scroller);
  const total = pages.total ?? 0;
  const rowCount = Math.ceil(total / columns);
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef(false);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller,
    estimateSize: () => rowHeight,
    overscan: 2,
  });
  const rows = virtualizer.getVirtualItems();
  // The rows on screen, without the ones kept ready above and below: on opening, their
  // thumbnails go first, and the spare rows' follow a moment later.
  const visible = virtualizer.range ?? { startIndex: 0, endIndex: 0 };
  const firstRow = rows[0]?.index ?? 0;
  const lastRow = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    pages.show(firstRow * columns, Math.min(total, (lastRow + 1) * columns) - 1);
  }, [pages, firstRow, lastRow, columns, total]);

  useEffect(() => {
    if (active >= total && total > 0) setActive(total - 1);
  }, [active, total]);

  // Another filter or search starts at the top.
  const shownPages = useRef(pages);
  useEffect(() => {
    if (shownPages.current === pages) return;
    shownPages.current = pages;
    virtualizer.scrollToOffset(0);
    setActive(0);
  }, [pages, virtualizer]);

  // Tab reaches the grid even when the remembered tile has scrolled out of the document.
  const focusIndex = active >= firstRow * columns && active < (lastRow + 1) * columns ? active : firstRow * columns;

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scroller?.querySelector<HTMLElement>(`[data-photo-index="${active}"]`)?.focus();
  });

  const selectTile = useCallback(
    (photo: PhotoSummary, index: number) => {
      setActive(index);
      onSelect(photo);
    },
    [onSelect],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: columns * 3,
      PageUp: -columns * 3,
      Home: -total,
      End: total,
    };
    const step = moves[event.key];
    if (step === undefined || total === 0) return;
    event.preventDefault();
    const next = Math.min(total - 1, Math.max(0, active + step));
    setActive(next);
    focusAfterRender.current = true;
    virtualizer.scrollToIndex(Math.floor(next / columns), { align: 'auto' });
  }

  return (
    <div
      ref={setScroller}
      className="photo-grid"
      role="grid"
      aria-label={t('photoLibrary.grid')}
      aria-rowcount={rowCount}
      aria-colcount={columns}
      data-version={version}
      onKeyDown={onKeyDown}
    >
      <div className="photo-grid-rows" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <PhotoGridRow
            key={row.key}
            pages={pages}
            version={version}
            rowIndex={row.index}
            top={row.start}
            columns={columns}
            total={total}
            selectedId={selectedId}
            focusIndex={focusIndex}
            settled={!virtualizer.isScrolling && row.index >= visible.startIndex && row.index <= visible.endIndex}
            onSelect={selectTile}
          />
        ))}
      </div>
    </div>
  );
});
