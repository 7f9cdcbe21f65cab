import { postStatusOf } from '../../../shared/publish/post-status';
import type { PublishJob } from '../../../shared/publish/publish';
import { builtKey, useT } from '../../i18n';
import { shortWhen } from './job-text';

/** Per site: the newest job that has not been cancelled, and the newest that reached the site. */
function latestBySite(jobs: PublishJob[]): Array<{ latest: PublishJob; done: PublishJob | null }> {
  const sites = new Map<string, { latest: PublishJob; done: PublishJob | null }>();
  for (const job of jobs) {
    if (job.state === 'cancelled') continue;
    const seen = sites.get(job.siteId);
    if (!seen) sites.set(job.siteId, { latest: job, done: job.state === 'done' ? job : null });
    else if (!seen.done && job.state === 'done') seen.done = job;
  }
  return [...sites.values()];
}

function DoneLine({ job }: { job: PublishJob }) {
  const { t, dateTime } = useT();
  if (!job.result) return null;
  const time = job.scheduledGmt ? dateTime(job.scheduledGmt) : '';
  return (
    <li>
      {t(builtKey('articlePublish.done.', postStatusOf(job.result)), { site: job.siteName, time, status: job.result.status })}
      {' · '}
      <a href={job.result.link} target="_blank" rel="noreferrer">
        {t('publishDialog.viewOnSite')}
      </a>
    </li>
  );
}

function ActiveLine({ job }: { job: PublishJob }) {
  const { t, language } = useT();
  const site = job.siteName;
  const text =
    job.state === 'waiting'
      ? t('articlePublish.waiting', { site, time: job.nextAttemptAt ? shortWhen(job.nextAttemptAt, language) : '' })
      : job.state === 'conflict'
        ? t('articlePublish.conflict', { site })
        : job.state === 'failed'
          ? t('articlePublish.failed', { site })
          : t('articlePublish.active', { site });
  return <li className={`site-status-${job.state}`}>{text}</li>;
}

/** "Publicerad på Telge Nytt · Visa på webbplatsen", and what is under way, for each site. */
export function SiteStatus({ jobs }: { jobs: PublishJob[] }) {
  const { t } = useT();
  const lines = latestBySite(jobs);
  if (lines.length === 0) return null;
  return (
    <ul className="article-site-status" aria-label={t('articlePublish.status')}>
      {lines.map(({ latest, done }) => (
        <SiteLines key={latest.siteId} latest={latest} done={done} />
      ))}
    </ul>
  );
}

function SiteLines({ latest, done }: { latest: PublishJob; done: PublishJob | null }) {
  return (
    <>
      {latest !== done ? <ActiveLine job={latest} /> : null}
      {done ? <DoneLine job={done} /> : null}
    </>
  );
}
