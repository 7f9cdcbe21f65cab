import { memo } from 'react';
import type { PhotoSummary } from '../../../shared/article/photo';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { builtKey, useT } from '../../i18n';
import { tileName } from '../../photos/photo-text';

interface PhotoTileProps {
  photo: PhotoSummary;
  index: number;
  /** The one tile of the grid that Tab reaches; the arrow keys move it. */
  focusable: boolean;
  selected: boolean;
  onSelect: (photo: PhotoSummary, index: number) => void;
}

/** One thumbnail of the library: caption or file name, credit line, and a mark when something is missing. */
export const PhotoTile = memo(function PhotoTile({ photo, index, focusable, selected, onSelect }: PhotoTileProps) {
  const { t } = useT();
  const hasProblems = photo.problems.length > 0;
  return (
    <button
      type="button"
      className={`photo-tile${selected ? ' selected' : ''}${hasProblems ? ' has-problems' : ''}`}
      data-photo-index={index}
      tabIndex={focusable ? 0 : -1}
      aria-label={tileName(photo, t)}
      onClick={() => onSelect(photo, index)}
    >
      <span className="photo-tile-image">
        <img src={photoMediaPath(photo.id, 'thumb')} alt="" decoding="async" draggable={false} />
      </span>
      <span className="photo-tile-caption">{photo.caption.trim() || photo.fileName}</span>{' '}
      <span className="photo-tile-credit">{photo.creditLine || t('photo.noCredit')}</span>
      {hasProblems ? (
        <span
          className="photo-tile-problem"
          aria-hidden="true"
          title={photo.problems.map((p) => t(builtKey('photo.problem.', p))).join('. ')}
        >
          !
        </span>
      ) : null}
    </button>
  );
});
