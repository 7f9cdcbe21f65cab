import { useState } from 'react';
import { activeStates, type PublishJob, type SiteTerm } from '../../../shared/publish/publish';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { builtKey, useT } from '../../i18n';
import { ConflictView } from './ConflictView';
import { JobProgress } from './JobProgress';
import { jobTitle } from './job-text';
import { useJob } from './useJobs';
import { useJobActions } from './useJobActions';

interface JobPanelProps {
  initial: PublishJob;
  terms?: { categories: SiteTerm[]; tags: SiteTerm[] };
  /** Back to the form, for a job that has ended. */
  onAgain: () => void;
  onClose: () => void;
}

/** A publish under way in the dialog: its steps live, a conflict's comparison, retry and cancel. */
export function JobPanel({ initial, terms, onAgain, onClose }: JobPanelProps) {
  const { t, errorText } = useT();
  const { job, error } = useJob(initial);
  const actions = useJobActions();
  const [confirming, setConfirming] = useState(false);
  const ended = !activeStates.includes(job.state);

  return (
    <section className="publish-progress" aria-label={t('publishProgress.region')}>
      <h3>{t(builtKey('publishProgress.heading.', job.action), { site: job.siteName })}</h3>
      <JobProgress job={job} />
      {job.state === 'conflict' && job.conflict ? (
        <ConflictView
          conflict={job.conflict}
          siteName={job.siteName}
          terms={terms}
          busy={actions.busy}
          onOverwrite={() => void actions.resolve(job, 'overwrite')}
          onMerge={(choices) => void actions.resolve(job, 'merge', choices)}
          onCancel={() => void actions.resolve(job, 'cancel')}
        />
      ) : null}
      {(actions.failure ?? error) ? <p role="alert">{errorText(actions.failure ?? error)}</p> : null}
      <div className="dialog-actions">
        {job.state === 'failed' ? (
          <button type="button" className="primary" disabled={actions.busy} onClick={() => void actions.retry(job)}>
            {t('publishProgress.retry')}
          </button>
        ) : null}
        {job.state === 'waiting' ? (
          <button type="button" disabled={actions.busy} onClick={() => void actions.retry(job)}>
            {t('publishProgress.retryNow')}
          </button>
        ) : null}
        {job.cancellable && job.state !== 'conflict' ? (
          <button type="button" className="danger" disabled={actions.busy} onClick={() => setConfirming(true)}>
            {t('publishProgress.cancel')}
          </button>
        ) : null}
        {ended ? (
          <button type="button" onClick={onAgain}>
            {t('publishDialog.again')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('publishDialog.close')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('outboxView.cancelTitle', { title: jobTitle(job, t('library.untitled')) })}
          body={t('outboxView.cancelBody')}
          confirmLabel={t('outboxView.cancelConfirm')}
          cancelLabel={t('outboxView.keep')}
          onConfirm={() => {
            setConfirming(false);
            void actions.cancel(job);
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
