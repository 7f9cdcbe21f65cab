import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
}

interface FormFieldProps {
  label: string;
  /** Said after the name: where a prefilled value came from, or what is wrong with it. */
  note?: ReactNode;
  noteClass?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional note that describes it without becoming part of its name. */
export function FormField({ label, note, noteClass = 'prefilled', children }: FormFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const hasNote = note !== null && note !== undefined && note !== false;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': hasNote ? noteId : undefined })}
      {hasNote ? (
        <p id={noteId} className={`field-note ${noteClass}`}>
          {note}
        </p>
      ) : null}
    </div>
  );
}
