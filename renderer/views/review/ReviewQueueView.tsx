import { useEffect, useRef, useState } from 'react';
import type { ReviewQueueSite } from '../../../shared/publish/review';
import { builtKey, useT } from '../../i18n';
import { invoke, onEvent } from '../../platform';
import { navigate } from '../../routes';
import { useRoleName } from '../sites/roleName';
import { mayReview, useReviewSites } from './useReviewSites';

/** "Att granska": every pending post of each site the profile may review, newest first, opened into an article. */
export function ReviewQueueView() {
  const { t } = useT();
  const { sites, replace } = useReviewSites();
  if (sites === null) return null;
  return (
    <section className="review-queue" aria-labelledby="review-heading">
      <h1 id="review-heading">{t('review.heading')}</h1>
      {sites.length === 0 ? (
        <p>{t('review.noSites')}</p>
      ) : (
        sites.map((site) => <SiteQueue key={site.siteId} site={site} onRefreshed={replace} />)
      )}
    </section>
  );
}

function SiteQueue({ site, onRefreshed }: { site: ReviewQueueSite; onRefreshed: (site: ReviewQueueSite) => void }) {
  const { t, dateTime, language } = useT();
  const roleName = useRoleName();
  const [busy, setBusy] = useState(false);
  const [opening, setOpening] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const asked = useRef(false);
  // While the site is read for the first time, its first page shows as soon as it arrives; an
  // announcement that comes after the whole answer is too late and is left alone.
  const reading = useRef(false);
  const siteId = site.siteId;
  useEffect(
    () =>
      onEvent('review.queueFirstPage', (first) => {
        if (reading.current && first.siteId === siteId) onRefreshed(first);
      }),
    [siteId, onRefreshed],
  );

  const refresh = async () => {
    setBusy(true);
    reading.current = true;
    try {
      onRefreshed(await invoke('review.refresh', { siteId: site.siteId }));
    } finally {
      reading.current = false;
      setBusy(false);
    }
  };
  // Opening the view reads the queue once; the list read before shows meanwhile.
  useEffect(() => {
    if (asked.current || !mayReview(site)) return;
    asked.current = true;
    void refresh();
  });

  const open = async (postId: number) => {
    setOpening(postId);
    setFailure(null);
    try {
      const { articleId } = await invoke('review.open', { siteId: site.siteId, postId });
      navigate({ view: 'article', id: articleId });
    } catch (error) {
      setFailure((error as { messages?: Record<string, string> }).messages?.[language] ?? String(error));
      setOpening(null);
    }
  };

  const headingId = `review-site-${site.siteId}`;
  if (!mayReview(site)) {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('review.siteHeading', { site: site.siteName })}</h2>
        <p role="note">{t('review.notReviewer', { site: site.siteName, role: roleName(site.role) })}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.siteHeading', { site: site.siteName })}</h2>
      <p className="review-fetched">
        {site.fetchedAt ? t('review.fetchedAt', { time: dateTime(site.fetchedAt) }) : t('review.neverFetched')}{' '}
        <button type="button" onClick={() => void refresh()} disabled={busy}>
          {busy ? t('review.refreshing') : t('review.refresh')}
        </button>
      </p>
      {site.error ? <p role="alert">{t('review.refreshFailed', { message: site.error.message[language] })}</p> : null}
      {failure ? <p role="alert">{failure}</p> : null}
      {site.items.length === 0 ? (
        site.fetchedAt ? (
          <p>{t('review.empty')}</p>
        ) : null
      ) : (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('review.column.title')}</th>
              <th scope="col">{t('review.column.author')}</th>
              <th scope="col">{t('review.column.kind')}</th>
              <th scope="col">{t('review.column.submitted')}</th>
              <th scope="col">{t('review.column.words')}</th>
              <th scope="col">{t('checklist.heading')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {site.items.map((item) => (
              <tr key={item.postId}>
                <td>{item.title}</td>
                <td>{item.authorName}</td>
                <td>{t(builtKey('kind.', item.kind))}</td>
                <td>
                  <time dateTime={item.submittedGmt}>{dateTime(item.submittedGmt)}</time>
                </td>
                <td>{t('review.words', { count: item.words })}</td>
                <td>
                  {item.checklist.errors + item.checklist.warnings === 0 ? t('review.checklistOk') : t('checklist.summary', item.checklist)}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('review.openTitle', { title: item.title })}
                    disabled={opening !== null}
                    onClick={() => void open(item.postId)}
                  >
                    {opening === item.postId ? t('review.opening') : t('review.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
