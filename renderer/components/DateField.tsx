import { useId, useState } from 'react';
import { fieldText, parseFieldText, type DateFieldKind } from '../../shared/format/date-input';
import { useT } from '../i18n';

const placeholders = {
  date: 'dateField.placeholder.date',
  time: 'dateField.placeholder.time',
  datetime: 'dateField.placeholder.datetime',
} as const;
const unreadableMessages = {
  date: 'dateField.unreadable.date',
  time: 'dateField.unreadable.time',
  datetime: 'dateField.unreadable.datetime',
} as const;

interface DateFieldProps {
  kind: DateFieldKind;
  label: string;
  /** 2026-12-07, 05:00 or 2026-12-07T05:00; '' for none; null while the field holds what cannot be read. */
  value: string | null;
  /** The new value, '' when emptied, or null when what is typed cannot be read (the field then says how to write it). */
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  required?: boolean;
  /** A hint read after the field's name. */
  describedBy?: string;
}

/**
 * A date, a time, or both, in the Swedish forms (2026-12-07, 05:00) whatever the computer's
 * locale: a text field, since a native one shows the browser's locale ("12/07/2026, 05:00 AM").
 */
export function DateField({ kind, label, value, onChange, onBlur, required, describedBy }: DateFieldProps) {
  const { t } = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [text, setText] = useState(() => fieldText(kind, value ?? ''));
  const [shown, setShown] = useState(value);
  const [unreadable, setUnreadable] = useState(false);
  // A value set from outside (another photo, the month's dates) replaces what the field shows.
  if (value !== null && value !== shown) {
    setShown(value);
    setText(fieldText(kind, value));
    setUnreadable(false);
  }

  const parsed = parseFieldText(kind, text);
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={kind === 'time' ? 'numeric' : 'text'}
        autoComplete="off"
        spellCheck={false}
        placeholder={t(placeholders[kind])}
        size={kind === 'datetime' ? 18 : kind === 'date' ? 12 : 7}
        required={required}
        aria-invalid={unreadable || undefined}
        aria-describedby={[unreadable ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        value={text}
        onChange={(event) => {
          const next = parseFieldText(kind, event.target.value);
          setText(event.target.value);
          if (next !== null) {
            setShown(next);
            setUnreadable(false);
          }
          onChange(next);
        }}
        onBlur={() => {
          // Said once the field is left, not while the first digits are typed.
          setUnreadable(parsed === null);
          if (parsed !== null && parsed !== '') setText(fieldText(kind, parsed));
          onBlur?.();
        }}
      />
      {unreadable ? (
        <p id={errorId} className="field-error">
          {t(unreadableMessages[kind], { text: text.trim() })}
        </p>
      ) : null}
    </div>
  );
}
