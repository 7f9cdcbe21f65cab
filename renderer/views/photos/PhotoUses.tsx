import type { Photo } from '../../../shared/article/photo';
import { builtKey, useT } from '../../i18n';
import { formatDay } from '../../../shared/format/date';
import { hrefFor } from '../../routes';

/** What stands in the way of using the photo again (by the photo rule's problems), and sites showing an old credit. */
export function PhotoWarnings({ photo }: { photo: Photo }) {
  const { t, language } = useT();
  const warnings: string[] = [];
  const articles = new Set(photo.uses.filter((use) => !use.trashed).map((use) => use.articleId)).size;
  if (photo.problems.includes('licence_expired') && photo.credit.expiresOn) {
    warnings.push(t('photoDetail.warning.expired', { date: formatDay(photo.credit.expiresOn, language) }));
  }
  if (photo.problems.includes('one_time_used')) warnings.push(t('photoDetail.warning.oneTimeUsed'));
  if (photo.problems.includes('one_time_shared')) warnings.push(t('photoDetail.warning.oneTimeShared', { count: articles }));
  const republish = photo.uses.filter((use) => use.needsRepublish).length;
  if (republish > 0) warnings.push(t('photoDetail.warning.republish', { count: republish }));
  if (warnings.length === 0) return null;
  return (
    <ul className="photo-warnings" aria-label={t('photoDetail.warnings')}>
      {warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}

/** "Används i": every article that places the photo, with its state, linking to it. */
export function PhotoUses({ photo }: { photo: Photo }) {
  const { t } = useT();
  return (
    <section className="photo-uses" aria-labelledby="photo-uses-heading">
      <h3 id="photo-uses-heading">{t('photoDetail.uses')}</h3>
      {photo.uses.length === 0 ? (
        <p className="empty">{t('photoDetail.unused')}</p>
      ) : (
        <ul>
          {photo.uses.map((use) => (
            <li key={`${use.articleId}-${use.role}`}>
              <a href={hrefFor({ view: 'article', id: use.articleId })}>{use.headline.trim() || t('library.untitled')}</a>
              {' – '}
              <span>{t(builtKey('status.', use.status))}</span>
              {', '}
              <span>{t(use.role === 'main' ? 'photoDetail.role.main' : 'photoDetail.role.body')}</span>
              {use.trashed ? <span>{`, ${t('photoDetail.trashed')}`}</span> : null}
              {use.needsRepublish ? <strong className="photo-republish">{` ${t('photoDetail.republish')}`}</strong> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
