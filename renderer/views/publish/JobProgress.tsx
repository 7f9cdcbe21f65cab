import { postStatusOf } from '../../../shared/publish/post-status';
import { jobSteps, type JobStep, type PublishJob } from '../../../shared/publish/publish';
import type { MessageKey } from '../../../shared/i18n';
import { builtKey, useT } from '../../i18n';
import { jobError, shortWhen } from './job-text';

type StepState = 'done' | 'now' | 'later' | 'stopped' | 'choice';

const stepStateKey: Record<StepState, MessageKey> = {
  done: 'publishProgress.stepDone',
  now: 'publishProgress.stepNow',
  later: 'publishProgress.stepLater',
  stopped: 'publishProgress.stepStopped',
  choice: 'publishProgress.stepChoice',
};

/** Steps before the job's step are done; its own step is going, waiting, or where it stopped. */
function stepState(job: PublishJob, step: JobStep): StepState {
  const at = jobSteps.indexOf(job.step);
  const index = jobSteps.indexOf(step);
  if (index < at || job.state === 'done') return 'done';
  if (index > at) return 'later';
  if (job.state === 'conflict') return 'choice';
  return job.state === 'failed' || job.state === 'cancelled' ? 'stopped' : 'now';
}

/** The job's steps (Kontrollerar behörigheten … Klart), followed live, and what it came to. */
export function JobProgress({ job }: { job: PublishJob }) {
  const { t } = useT();
  return (
    <>
      <ol className="publish-steps" aria-label={t('publishProgress.steps')}>
        {jobSteps.map((step) => {
          const state = stepState(job, step);
          const photos = step === 'photos' && job.progress && job.progress.photosTotal > 0 ? job.progress : null;
          return (
            <li key={step} className={`publish-step step-${state}`} aria-current={state === 'now' ? 'step' : undefined}>
              <span className="publish-step-mark" aria-hidden="true" />
              {t(builtKey('outbox.step.', step))}
              {photos ? ` (${t('publishProgress.photos', { done: photos.photosDone, total: photos.photosTotal })})` : ''}
              {/* The last step, reached, says it all: "Klart". */}
              {step === 'done' && state === 'done' ? '' : ` – ${t(stepStateKey[state])}`}
            </li>
          );
        })}
      </ol>
      <JobOutcome job={job} />
    </>
  );
}

function JobOutcome({ job }: { job: PublishJob }) {
  const { t, errorText, language, dateTime } = useT();
  const error = jobError(job);
  if (job.state === 'done' && job.result) {
    const { result } = job;
    const time = job.scheduledGmt ? dateTime(job.scheduledGmt) : '';
    return (
      <p className="publish-outcome outcome-done" role="status">
        {t(builtKey('publishProgress.done.', postStatusOf(result)), { site: job.siteName, time, status: result.status })}{' '}
        <a href={result.link} target="_blank" rel="noreferrer">
          {t('publishDialog.viewOnSite')}
        </a>
      </p>
    );
  }
  if (job.state === 'waiting') {
    return (
      <div className="publish-outcome outcome-waiting" role="status">
        <p>
          <strong>{t('publishProgress.waiting', { time: job.nextAttemptAt ? shortWhen(job.nextAttemptAt, language) : '' })}</strong>
        </p>
        {error ? <p>{errorText(error)}</p> : null}
      </div>
    );
  }
  if (job.state === 'failed') {
    return (
      <div className="publish-outcome outcome-failed" role="alert">
        <p>
          <strong>{t('publishProgress.failed')}</strong>
        </p>
        {error ? <p>{errorText(error)}</p> : null}
      </div>
    );
  }
  if (job.state === 'cancelled') {
    return (
      <p className="publish-outcome" role="status">
        {t('publishProgress.cancelled')}
      </p>
    );
  }
  if (job.cancelRequested) {
    return (
      <p className="publish-outcome" role="status">
        {t('publishProgress.cancelling')}
      </p>
    );
  }
  if (job.state === 'queued') {
    return (
      <p className="publish-outcome" role="status">
        {t('publishProgress.queued')}
      </p>
    );
  }
  return null;
}
