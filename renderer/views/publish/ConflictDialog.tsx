import { useId } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import type { PublishJob } from '../../../shared/publish/publish';
import { useT } from '../../i18n';
import { ConflictView } from './ConflictView';
import { jobTitle } from './job-text';
import type { ConflictChoice } from './useJobActions';
import type { MergeChoices } from '../../../shared/revisions/conflicts';

interface ConflictDialogProps {
  job: PublishJob;
  busy: boolean;
  onChoice: (choice: ConflictChoice, choices?: MergeChoices) => void;
  onClose: () => void;
}

/** The queue's "Lös konflikten": the comparison in a modal dialog. */
export function ConflictDialog({ job, busy, onChoice, onClose }: ConflictDialogProps) {
  const { t } = useT();
  const dialog = useModalDialog(onClose);
  const titleId = useId();
  if (!job.conflict) return null;
  return (
    <dialog {...dialog} className="publish-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('outboxView.conflictDialog')}</h2>
      <p className="hint">
        {jobTitle(job, t('library.untitled'))} · {job.siteName}
      </p>
      <ConflictView
        conflict={job.conflict}
        siteName={job.siteName}
        busy={busy}
        onOverwrite={() => onChoice('overwrite')}
        onMerge={(choices) => onChoice('merge', choices)}
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
