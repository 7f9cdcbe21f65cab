import { useEffect, useId, useRef, useState } from 'react';
import { useModalDialog } from '../components/useModalDialog';
import type { PhotoSummary } from '../../shared/article/photo';
import { photoMediaPath } from '../../shared/article/photo-media';
import { useT } from '../i18n';
import { invoke } from '../platform';
import { acceptedImageTypes, importPhotoFile } from './import-photos';
import { tileName } from './photo-text';
import './photos.css';

/** What a photo block or the main photo needs of the chosen photo. */
export type PickedPhoto = Pick<PhotoSummary, 'id' | 'alt' | 'caption' | 'creditLine'>;

interface PhotoPickerDialogProps {
  title: string;
  onPick: (photo: PickedPhoto) => void;
  onCancel: () => void;
}

const shown = 60;
const searchDelayMs = 200;

/** Picks a photo of the library by searching, or imports a new one and picks it. */
export function PhotoPickerDialog({ title, onPick, onCancel }: PhotoPickerDialogProps) {
  const { t, errorText } = useT();
  const dialog = useModalDialog(onCancel);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ total: number; items: PhotoSummary[] } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        invoke('photos.list', { query, limit: shown }).then(
          (value) => current && setResult(value),
          (error: unknown) => current && setFailure(error),
        );
      },
      query === '' ? 0 : searchDelayMs,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  async function importAndPick(file: File | undefined) {
    if (!file) return;
    setImporting(true);
    setFailure(null);
    try {
      onPick((await importPhotoFile(file)).photo);
    } catch (error) {
      setFailure(error);
    } finally {
      setImporting(false);
    }
  }

  return (
    <dialog {...dialog} className="photo-picker" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div className="photo-picker-bar">
        <input
          type="search"
          className="search"
          aria-label={t('photoPicker.search')}
          placeholder={t('photoLibrary.searchPlaceholder')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" disabled={importing} onClick={() => fileInput.current?.click()}>
          {importing ? t('photoPicker.importing') : t('photoPicker.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={acceptedImageTypes}
          hidden
          onChange={(event) => {
            void importAndPick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {failure ? (
        <p role="alert" className="field-error">
          {errorText(failure)}
        </p>
      ) : null}
      {result && result.items.length === 0 ? (
        <p className="empty">{query.trim() ? t('photoLibrary.noResults', { query }) : t('photoPicker.empty')}</p>
      ) : null}
      {result && result.total > result.items.length ? (
        <p className="hint">{t('photoPicker.more', { shown: result.items.length, total: result.total })}</p>
      ) : null}
      <ul className="photo-picker-list" aria-label={t('photoPicker.results')}>
        {result?.items.map((photo) => (
          <li key={photo.id}>
            <button type="button" className="photo-picker-choice" onClick={() => onPick(photo)} aria-label={tileName(photo, t)}>
              <img src={photoMediaPath(photo.id, 'thumb')} alt="" loading="lazy" decoding="async" />
              <span className="photo-tile-caption">{photo.caption || photo.fileName}</span>{' '}
              <span className="photo-tile-credit">{photo.creditLine || t('photo.noCredit')}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
