import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * Props for a `<dialog>` that opens as a modal when it mounts and answers Escape with
 * `onClose` (the owner unmounts it), so no dialog closes itself behind React's back.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
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
