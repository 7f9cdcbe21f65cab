import { useEffect, useRef, type SyntheticEvent } from 'react';
import { useFocusReturn } from './useFocusReturn';

/**
 * Props for a `<dialog>` that opens as a modal when it mounts and answers Escape with
 * `onClose` (the owner unmounts it), so no dialog closes itself behind React's back. When it
 * goes, focus returns to the control that opened it.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useFocusReturn();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };
  return { ref, onCancel };
}
