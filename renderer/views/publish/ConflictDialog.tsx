import { useEffect, useId, useRef } from 'react';
import type { PublishJob } from '../../../shared/publish/publish';
import { useT } from '../../i18n';
import { ConflictView } from './ConflictView';
import { jobTitle } from './job-text';

interface ConflictDialogProps {
  job: PublishJob;
  busy: boolean;
  onChoice: (choice: 'overwrite' | 'cancel') => void;
  onClose: () => void;
}

/** The queue's "Lös konflikt": the comparison in a modal dialog. */
export function ConflictDialog({ job, busy, onChoice, onClose }: ConflictDialogProps) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  if (!job.conflict) return null;
  return (
    <dialog
      ref={ref}
      className="publish-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t('outboxView.conflictDialog')}</h2>
      <p className="hint">
        {jobTitle(job, t('library.untitled'))} · {job.siteName}
      </p>
      <ConflictView
        conflict={job.conflict}
        siteName={job.siteName}
        busy={busy}
        onOverwrite={() => onChoice('overwrite')}
        onCancel={() => onChoice('cancel')}
      />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('publishDialog.close')}
        </button>
      </div>
    </dialog>
  );
}
