import { memo, useEffect, useState } from 'react';
import type { PhotoSummary } from '../../../shared/article/photo';
import { PhotoTile } from './PhotoTile';
import type { PhotoPages } from './usePhotoPages';

/**
 * A row that arrives while the grid is being scrolled shows empty frames for this long before
 * its tiles and thumbnails: in a fling, rows gone again by then cost almost nothing and never
 * start (or cancel) a download. Scrolling slowly, the row below the screen is ready in time.
 */
const readyDelayMs = 90;

interface PhotoGridRowProps {
  pages: PhotoPages;
  /** Changes when a page of the library arrives. */
  version: number;
  rowIndex: number;
  /** Where the row sits; rows are all one height, so a row never moves. */
  top: number;
  columns: number;
  total: number;
  selectedId: string | null;
  focusIndex: number;
  /** The grid stands still and the row is on screen: show its tiles and thumbnails at once. */
  settled: boolean;
  onSelect: (photo: PhotoSummary, index: number) => void;
}

export const PhotoGridRow = memo(function PhotoGridRow(props: PhotoGridRowProps) {
  const { pages, rowIndex, top, columns, total, selectedId, focusIndex, settled, onSelect } = props;
  const [ready, setReady] = useState(settled);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), readyDelayMs);
    return () => clearTimeout(timer);
  }, [ready]);

  const first = rowIndex * columns;
  return (
    <div
      className="photo-grid-row"
      role="row"
      aria-rowindex={rowIndex + 1}
      style={{ transform: `translateY(${top}px)`, gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
    >
      {Array.from({ length: Math.min(columns, total - first) }, (_, column) => {
        const index = first + column;
        const photo = pages.item(index);
        return (
          <div key={column} role="gridcell" aria-colindex={column + 1} aria-selected={photo !== undefined && photo.id === selectedId}>
            {photo && ready ? (
              <PhotoTile
                photo={photo}
                index={index}
                focusable={index === focusIndex}
                selected={photo.id === selectedId}
                onSelect={onSelect}
              />
            ) : (
              <div className="photo-tile photo-tile-loading" aria-hidden="true" />
            )}
          </div>
        );
      })}
    </div>
  );
});
