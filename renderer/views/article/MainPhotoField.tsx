import { useState } from 'react';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { useT } from '../../i18n';
import { photoLibraryHref } from '../../photos/photo-links';
import { usePhoto } from '../../photos/photo-store';
import { PhotoPickerDialog } from '../../photos/PhotoPickerDialog';
import { PrintedCaption } from '../../photos/PrintedCaption';

interface MainPhotoFieldProps {
  id: string;
  photoId: string | null;
  disabled: boolean;
  onChange: (photoId: string | null) => void;
}

/** "Huvudbild": the article's featured photo, chosen from the library, with caption and credit as the site prints them. */
export function MainPhotoField({ id, photoId, disabled, onChange }: MainPhotoFieldProps) {
  const { t, errorText } = useT();
  const { photo, error } = usePhoto(photoId);
  const [picking, setPicking] = useState(false);

  return (
    <section className="main-photo" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('mainPhoto.heading')}</h2>
      {photoId === null ? (
        <p className="hint main-photo-text">{t('mainPhoto.none')}</p>
      ) : photo ? (
        <>
          <img className="main-photo-thumb" src={photoMediaPath(photo.id, 'thumb')} alt="" />
          <div className="main-photo-text">
            <PrintedCaption caption={photo.caption} creditLine={photo.creditLine} />
            <p className="hint">{photo.alt.trim() ? t('photoBlock.alt', { alt: photo.alt }) : t('photoBlock.altMissing')}</p>
            <a href={photoLibraryHref(photo.id)}>{t('mainPhoto.edit')}</a>
          </div>
        </>
      ) : error ? (
        <p role="alert" className="main-photo-text">
          {errorText(error)}
        </p>
      ) : (
        <p role="status" className="main-photo-text">
          {t('photoBlock.loading')}
        </p>
      )}
      <div className="main-photo-actions">
        <button type="button" disabled={disabled} onClick={() => setPicking(true)}>
          {photoId === null ? t('mainPhoto.choose') : t('mainPhoto.change')}
        </button>
        {photoId !== null ? (
          <button type="button" disabled={disabled} onClick={() => onChange(null)}>
            {t('mainPhoto.remove')}
          </button>
        ) : null}
      </div>
      {picking ? (
        <PhotoPickerDialog
          title={t('mainPhoto.pickTitle')}
          onCancel={() => setPicking(false)}
          onPick={(picked) => {
            setPicking(false);
            onChange(picked.id);
          }}
        />
      ) : null}
    </section>
  );
}
