import { useState } from 'react';
import type { PublishJob } from '../../../shared/publish/publish';
import type { MergeChoices } from '../../../shared/revisions/conflicts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { ConflictDialog } from './ConflictDialog';
import { jobTitle } from './job-text';
import { OutboxTable } from './OutboxTable';
import { useJobActions, type ConflictChoice } from './useJobActions';
import { useJobPages } from './useJobPages';
import './publish.css';

/** "Publiceringskö": every publish job with its state, step, error or link, live; the newest first, older ones a page at a time. */
export function OutboxView() {
  const { t, errorText } = useT();
  const { jobs, error, hasOlder, loadingOlder, showOlder } = useJobPages();
  const actions = useJobActions();
  const [cancelling, setCancelling] = useState<PublishJob | null>(null);
  const [resolvingId, setResolvingId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const title = (job: PublishJob) => jobTitle(job, t('library.untitled'));
  const resolving = jobs?.find((job) => job.id === resolvingId && job.state === 'conflict') ?? null;

  async function cancel(job: PublishJob) {
    setCancelling(null);
    const result = await actions.cancel(job);
    if (result) setNotice(t(result.state === 'cancelled' ? 'outboxView.cancelled' : 'outboxView.cancelRequested', { title: title(job) }));
  }

  async function retry(job: PublishJob) {
    if (await actions.retry(job)) setNotice(t('outboxView.retrying', { title: title(job) }));
  }

  async function resolve(job: PublishJob, choice: ConflictChoice, choices?: MergeChoices) {
    setResolvingId(null);
    if (await actions.resolve(job, choice, choices)) setNotice(t('outboxView.resolved', { title: title(job) }));
  }

  return (
    <section className="outbox" aria-labelledby="outbox-heading">
      <h1 id="outbox-heading">{t('outboxView.heading')}</h1>
      <p className="hint">{t('outboxView.intro')}</p>
      <p className="notice" role="status">
        {notice}
      </p>
      {(actions.failure ?? error) ? <p role="alert">{errorText(actions.failure ?? error)}</p> : null}
      {jobs && jobs.length === 0 ? <p className="empty">{t('outboxView.empty')}</p> : null}
      {jobs && jobs.length > 0 ? (
        <OutboxTable
          jobs={jobs}
          busy={actions.busy}
          onCancel={setCancelling}
          onRetry={(job) => void retry(job)}
          onResolve={(job) => setResolvingId(job.id)}
        />
      ) : null}
      {hasOlder ? (
        <p>
          <button type="button" disabled={loadingOlder} aria-busy={loadingOlder} onClick={showOlder}>
            {t('outbox.showOlder')}
          </button>
        </p>
      ) : null}
      {cancelling ? (
        <ConfirmDialog
          title={t('outboxView.cancelTitle', { title: title(cancelling) })}
          body={t('outboxView.cancelBody')}
          confirmLabel={t('outboxView.cancelConfirm')}
          cancelLabel={t('outboxView.keep')}
          onConfirm={() => void cancel(cancelling)}
          onCancel={() => setCancelling(null)}
        />
      ) : null}
      {resolving?.conflict ? (
        <ConflictDialog
          job={resolving}
          busy={actions.busy}
          onChoice={(choice, choices) => void resolve(resolving, choice, choices)}
          onClose={() => setResolvingId(null)}
        />
      ) : null}
    </section>
  );
}
