import type { PublishJob } from '../../../shared/publish/publish';
import { builtKey, useT } from '../../i18n';
import { hrefFor } from '../../routes';
import { jobError, jobTitle, shortWhen } from './job-text';

interface OutboxTableProps {
  jobs: PublishJob[];
  busy: boolean;
  onCancel: (job: PublishJob) => void;
  onRetry: (job: PublishJob) => void;
  onResolve: (job: PublishJob) => void;
}

export function OutboxTable({ jobs, busy, onCancel, onRetry, onResolve }: OutboxTableProps) {
  const { t } = useT();
  return (
    <table className="article-table outbox-table" aria-label={t('outboxView.table')}>
      <thead>
        <tr>
          <th scope="col">{t('outboxView.col.article')}</th>
          <th scope="col">{t('outboxView.col.site')}</th>
          <th scope="col">{t('outboxView.col.action')}</th>
          <th scope="col">{t('outboxView.col.state')}</th>
          <th scope="col">{t('outboxView.col.step')}</th>
          <th scope="col">{t('outboxView.col.when')}</th>
          <th scope="col">{t('outboxView.col.info')}</th>
          <th scope="col">{t('outboxView.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} busy={busy} onCancel={onCancel} onRetry={onRetry} onResolve={onResolve} />
        ))}
      </tbody>
    </table>
  );
}

function JobRow({ job, busy, onCancel, onRetry, onResolve }: { job: PublishJob } & Omit<OutboxTableProps, 'jobs'>) {
  const { t, dateTime } = useT();
  const title = jobTitle(job, t('library.untitled'));
  const photos = job.step === 'photos' && job.progress && job.progress.photosTotal > 0 ? job.progress : null;
  return (
    <tr className={`job-${job.state}`}>
      <th scope="row">
        <a href={hrefFor({ view: 'article', id: job.articleId })}>{title}</a>
      </th>
      <td>{job.siteName}</td>
      <td>
        {t(builtKey('outbox.action.', job.action))}
        {job.scheduledGmt ? <div className="hint">{t('outboxView.scheduledFor', { time: dateTime(job.scheduledGmt) })}</div> : null}
      </td>
      <td>{t(builtKey('outbox.state.', job.state))}</td>
      <td>
        {t(builtKey('outbox.step.', job.step))}
        {photos ? ` (${t('publishProgress.photos', { done: photos.photosDone, total: photos.photosTotal })})` : ''}
      </td>
      <td>{dateTime(job.updatedAt)}</td>
      <td>
        <JobInfo job={job} />
      </td>
      <td>
        <div className="outbox-actions">
          {job.state === 'conflict' ? (
            <button type="button" className="primary" aria-label={t('outboxView.resolveJob', { title })} onClick={() => onResolve(job)}>
              {t('outboxView.resolve')}
            </button>
          ) : null}
          {job.state === 'failed' || job.state === 'waiting' ? (
            <button type="button" disabled={busy} aria-label={t('outboxView.retryJob', { title })} onClick={() => onRetry(job)}>
              {t('outboxView.retry')}
            </button>
          ) : null}
          {job.cancellable ? (
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-label={t('outboxView.cancelJob', { title })}
              onClick={() => onCancel(job)}
            >
              {t('outboxView.cancel')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

/** The error, the next attempt, or the post's link. */
function JobInfo({ job }: { job: PublishJob }) {
  const { t, language, errorText } = useT();
  const error = jobError(job);
  if (job.state === 'done' && job.result) {
    return (
      <a href={job.result.link} target="_blank" rel="noreferrer">
        {t('publishDialog.viewOnSite')}
      </a>
    );
  }
  return (
    <>
      {job.state === 'waiting' && job.nextAttemptAt ? (
        <div>{t('outboxView.nextAttempt', { time: shortWhen(job.nextAttemptAt, language) })}</div>
      ) : null}
      {job.cancelRequested ? <div>{t('publishProgress.cancelling')}</div> : null}
      {job.state === 'conflict' ? <div>{t('outboxView.conflictInfo')}</div> : null}
      {error && job.state !== 'cancelled' ? (
        <div className={job.state === 'failed' ? 'field-error' : 'hint'}>{errorText(error)}</div>
      ) : null}
    </>
  );
}
