import { lazy, Suspense, useState } from 'react';
import type { ChecklistTarget } from '../../../shared/article/checklist';
import { useAppCommand } from '../../app-commands';
import { useT } from '../../i18n';
import { SiteStatus } from './SiteStatus';
import { useJobs } from './useJobs';

interface ArticlePublishBarProps {
  articleId: string;
  /** False for an article in the trash. */
  editable: boolean;
  /** Saves what is typed, so the dialog judges and sends the article as it reads now. */
  beforeOpen?: () => Promise<unknown>;
  onJump?: (target: ChecklistTarget) => void;
}

// The dialog is a file of its own, fetched when first opened: it is not on the way to the caret.
const PublishDialog = lazy(() => import('./PublishDialog').then((m) => ({ default: m.PublishDialog })));

/** The article's "Publicera" button and where it stands on each site. */
export function ArticlePublishBar({ articleId, editable, beforeOpen, onJump }: ArticlePublishBarProps) {
  const { t } = useT();
  const { jobs } = useJobs(articleId);
  const [open, setOpen] = useState(false);

  async function openDialog() {
    try {
      await beforeOpen?.();
    } catch {
      // A save that failed is shown by the save status; the dialog judges the article as last saved.
    }
    setOpen(true);
  }
  useAppCommand('publish', () => {
    if (editable && !open) void openDialog();
  });

  return (
    <div className="article-publish">
      {jobs ? <SiteStatus jobs={jobs} /> : null}
      <button type="button" className="primary" disabled={!editable} onClick={() => void openDialog()}>
        {t('publishDialog.open')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PublishDialog articleId={articleId} onClose={() => setOpen(false)} onJump={onJump} />
        </Suspense>
      ) : null}
    </div>
  );
}
