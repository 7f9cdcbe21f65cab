import { useState } from 'react';
import type { ReviewQueueSite, WorkflowStatus } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { invoke } from '../../platform';
import { useRoleName } from '../sites/roleName';
import { NotesList } from './NotesList';
import { ReturnForm } from './ReturnForm';
import type { ArticleReview } from './useArticleReview';
import type { NoteAnchors } from './useNotePlacement';
import { mayReview } from './useReviewSites';
import { workflowBadge } from './workflow-text';

interface WorkflowPanelProps {
  review: ArticleReview;
  /** Which block each note is about now. */
  anchors: NoteAnchors;
  /** The notes stand in the margin beside the text; the panel only counts them. */
  notesInMargin: boolean;
  onJump: (block: number) => void;
  /** The body's blocks as text, as the editor holds them now. */
  blockTexts: () => string[];
  /** Saves what is typed before a step goes to the site. */
  beforeStep: () => Promise<unknown>;
}

/**
 * The article in review: its state on each site, the steps the role allows (the writer
 * withdraws, an editor returns with notes; the other's step is named with why it is missing),
 * and its notes (listed here on a narrow window, else beside their blocks).
 */
export function WorkflowPanel({ review, anchors, notesInMargin, onJump, blockTexts, beforeStep }: WorkflowPanelProps) {
  const { t } = useT();
  const { states, threads, sites, reload } = review;
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
      <NotesList threads={threads} anchors={anchors} onJump={onJump} inMargin={notesInMargin} />
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
