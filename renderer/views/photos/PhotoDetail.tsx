import { useEffect } from 'react';
import type { Photo } from '../../../shared/article/photo';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { useT } from '../../i18n';
import { onEvent } from '../../platform';
import { refreshPhoto, usePhoto } from '../../photos/photo-store';
import { CreditForm } from './CreditForm';
import { EmbeddedMetadata, FileFacts } from './PhotoFacts';
import { PhotoUses, PhotoWarnings } from './PhotoUses';

/** Whenever an article is saved, the photo's "used in" may have changed; ask again after a pause. */
function useUsesFollowArticles(id: string): void {
  useEffect(() => {
    // A photo held since an article showed it may list old uses: opening it asks again.
    void refreshPhoto(id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onEvent('article.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshPhoto(id), 500);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [id]);
}

/** Everything about one photo: preview, credit and rights, where it is used, and what the file says. */
export function PhotoDetail({ id }: { id: string }) {
  const { t, errorText } = useT();
  const { photo, error } = usePhoto(id);
  useUsesFollowArticles(id);

  if (!photo) {
    return (
      <section className="photo-detail" aria-label={t('photoLibrary.detail')}>
        {error ? <p role="alert">{errorText(error)}</p> : <p role="status">{t('photoLibrary.loadingPhoto')}</p>}
      </section>
    );
  }
  return <PhotoDetailBody photo={photo} />;
}

function PhotoDetailBody({ photo }: { photo: Photo }) {
  const { t } = useT();
  const web = photo.renditions.web;
  return (
    <section className="photo-detail" aria-labelledby="photo-detail-heading">
      <h2 id="photo-detail-heading">{photo.caption.trim() || photo.fileName}</h2>
      <img
        className="photo-detail-preview"
        src={photoMediaPath(photo.id, 'web')}
        alt={photo.alt}
        width={web.width}
        height={web.height}
        decoding="async"
      />
      <PhotoWarnings photo={photo} />
      <CreditForm key={photo.id} photo={photo} />
      <PhotoUses photo={photo} />
      <h3>{t('photoDetail.file')}</h3>
      <FileFacts photo={photo} />
      <h3>{t('photoDetail.embedded')}</h3>
      <EmbeddedMetadata photo={photo} />
    </section>
  );
}
