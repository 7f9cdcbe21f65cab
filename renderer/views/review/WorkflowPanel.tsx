import { useCallback, useEffect, useState } from 'react';
import type { ChecklistTarget } from '../../../shared/article/checklist';
import type { NoteThreadView, ReviewQueueSite, WorkflowStatus } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';
import { useRoleName } from '../sites/roleName';
import { NotesList } from './NotesList';
import { ReturnForm } from './ReturnForm';
import { mayReview } from './useReviewSites';
import { workflowBadge } from './workflow-text';

interface WorkflowPanelProps {
  articleId: string;
  onJump: (target: ChecklistTarget) => void;
  /** The body's blocks as text, as the editor holds them now. */
  blockTexts: () => string[];
  /** Saves what is typed before a step goes to the site. */
  beforeStep: () => Promise<unknown>;
}

/**
 * The article in review: its state on each site, the steps the role allows (the writer
 * withdraws, an editor returns with notes; the other's step is named with why it is missing),
 * and the notes beside their blocks. Opening the article pulls the site's state first.
 */
export function WorkflowPanel({ articleId, onJump, blockTexts, beforeStep }: WorkflowPanelProps) {
  const { t } = useT();
  const [states, setStates] = useState<WorkflowStatus[]>([]);
  const [threads, setThreads] = useState<NoteThreadView[]>([]);
  const [sites, setSites] = useState<ReviewQueueSite[]>([]);

  const reload = useCallback(() => {
    void invoke('review.states', { articleId }).then(setStates, () => undefined);
    void invoke('review.notes', { articleId }).then(setThreads, () => undefined);
    void invoke('review.queue', {}).then(setSites, () => undefined);
  }, [articleId]);

  useEffect(() => {
    // After the caret stands in the article; offline the sync fails quietly, and the steps wait.
    const cancel = afterStart(() => {
      reload();
      void invoke('review.sync', {}).then(reload, () => undefined);
    });
    const offReview = onEvent('review.changed', (change) => {
      if (change.articleId === articleId) reload();
    });
    const offPublish = onEvent('publish.changed', (change) => {
      if (change.articleId === articleId && change.state === 'done') reload();
    });
    return () => {
      cancel();
      offReview();
      offPublish();
    };
  }, [articleId, reload]);

  if (states.length === 0 && threads.length === 0) return null;
  return (
    <section className="workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('workflow.heading')}</h2>
      {states.map((status) => (
        <SiteState
          key={status.siteId}
          status={status}
          site={sites.find((site) => site.siteId === status.siteId)}
          blockTexts={blockTexts}
          beforeStep={beforeStep}
          onDone={reload}
        />
      ))}
      <button type="button" onClick={() => void invoke('review.sync', {}).then(reload, reload)}>
        {t('workflow.sync')}
      </button>
      <NotesList threads={threads} onJump={onJump} />
    </section>
  );
}

function SiteState({
  status,
  site,
  blockTexts,
  beforeStep,
  onDone,
}: {
  status: WorkflowStatus;
  site: ReviewQueueSite | undefined;
  blockTexts: () => string[];
  beforeStep: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t, dateTime, language } = useT();
  const roleName = useRoleName();
  const [returning, setReturning] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reviewer = site ? mayReview(site) : false;
  const role = roleName(site?.role ?? '');
  const step = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await beforeStep();
      await work();
      onDone();
    } catch (error) {
      setFailure((error as { messages?: Record<string, string> }).messages?.[language] ?? String(error));
    }
  };
  const inReview = status.state === 'submitted' && status.pendingStep === null;
  return (
    <div className="workflow-site">
      <p>
        <strong className={`workflow-badge workflow-${status.state}`} role="status">
          {workflowBadge({ t, dateTime }, status)}
        </strong>{' '}
        {t('workflow.site', { site: status.siteName })}
        {' · '}
        {status.changedBy
          ? t('workflow.sinceBy', { time: dateTime(status.changedAt), name: status.changedBy })
          : t('workflow.since', { time: dateTime(status.changedAt) })}
      </p>
      {status.pendingStep ? (
        <p role="note">
          {status.pendingError ? t('workflow.pendingWhy', { message: status.pendingError.message[language] }) : t('workflow.pending')}
        </p>
      ) : null}
      {!status.pendingStep && status.pendingError ? (
        <p role="alert">{t('workflow.refused', { message: status.pendingError.message[language] })}</p>
      ) : null}
      {failure ? <p role="alert">{failure}</p> : null}
      {inReview && !reviewer ? (
        <>
          <button
            type="button"
            onClick={() => void step(() => invoke('review.withdraw', { articleId: status.articleId, siteId: status.siteId }))}
          >
            {t('workflow.withdraw')}
          </button>
          <p className="hint">{t('workflow.returnMissing', { site: status.siteName, role })}</p>
        </>
      ) : null}
      {inReview && reviewer && returning === null ? (
        <>
          <button type="button" onClick={() => setReturning(blockTexts())}>
            {t('workflow.return')}
          </button>
          <p className="hint">{t('workflow.withdrawMissing', { role })}</p>
        </>
      ) : null}
      {returning !== null ? (
        <ReturnForm
          blocks={returning}
          onCancel={() => setReturning(null)}
          onSend={(notes) =>
            step(async () => {
              await invoke('review.return', { articleId: status.articleId, siteId: status.siteId, notes });
              setReturning(null);
            })
          }
        />
      ) : null}
    </div>
  );
}
