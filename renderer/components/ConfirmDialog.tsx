import { useId } from 'react';
import { useModalDialog } from './useModalDialog';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question; Escape and the cancel button both say no. */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useModalDialog(onCancel);
  const titleId = useId();
  const bodyId = useId();
  return (
    <dialog {...dialog} className="confirm-dialog" role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId}>
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{body}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
