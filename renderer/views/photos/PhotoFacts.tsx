import type { Photo } from '../../../shared/article/photo';
import { embeddedFields, type EmbeddedField } from '../../../shared/article/photo-fields';
import { formatCount } from '../../../shared/format/number';
import { useT } from '../../i18n';
import { formatBytes } from '../../photos/photo-text';

/** The file's dimensions, size, dates and renditions. */
export function FileFacts({ photo }: { photo: Photo }) {
  const { t, dateTime, language } = useT();
  const size = (width: number, height: number) => `${formatCount(width, language)} × ${formatCount(height, language)} px`;
  const takenFrom = photo.prefilledFrom.takenAt;
  return (
    <dl className="photo-facts">
      <dt>{t('photoDetail.fileName')}</dt>
      <dd>{photo.fileName}</dd>
      <dt>{t('photoDetail.dimensions')}</dt>
      <dd>{size(photo.width, photo.height)}</dd>
      <dt>{t('photoDetail.bytes')}</dt>
      <dd>
        {formatBytes(photo.bytes, language)} ({photo.mimeType})
      </dd>
      <dt>{t('photoDetail.imported')}</dt>
      <dd>{dateTime(photo.importedAt)}</dd>
      <dt>{t('photoDetail.taken')}</dt>
      <dd>
        {photo.takenAt ? dateTime(photo.takenAt) : t('photoDetail.unknown')}
        {photo.takenAt && takenFrom ? (
          <span className="prefilled"> {t('photoDetail.from', { field: embeddedFields[takenFrom] })}</span>
        ) : null}
      </dd>
      <dt>{t('photoDetail.gps')}</dt>
      <dd>{photo.embedded.hasGps ? t('photoDetail.gpsYes') : t('photoDetail.gpsNo')}</dd>
      <dt>{t('photoDetail.renditions')}</dt>
      <dd>
        {t('photoDetail.rendition.web', { size: size(photo.renditions.web.width, photo.renditions.web.height) })}
        {', '}
        {t('photoDetail.rendition.thumb', { size: size(photo.renditions.thumb.width, photo.renditions.thumb.height) })}
      </dd>
    </dl>
  );
}

/** What the file itself says, field by field under the standards' own names; always shown as text. */
export function EmbeddedMetadata({ photo }: { photo: Photo }) {
  const { t } = useT();
  const fields = (Object.keys(embeddedFields) as EmbeddedField[]).filter((field) => photo.embedded.fields[field] !== undefined);
  if (fields.length === 0) return <p className="empty">{t('photoDetail.noEmbedded')}</p>;
  return (
    <table className="photo-embedded" aria-label={t('photoDetail.embedded')}>
      <thead>
        <tr>
          <th scope="col">{t('photoDetail.field')}</th>
          <th scope="col">{t('photoDetail.value')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field}>
            <th scope="row">{embeddedFields[field]}</th>
            <td>{photo.embedded.fields[field]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
