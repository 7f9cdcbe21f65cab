interface ChoiceFieldProps<V extends string> {
  label: string;
  value: V;
  /** Each choice's value and the words shown for it, in order. */
  choices: ReadonlyArray<readonly [V, string]>;
  onChange: (value: V) => void;
  className?: string;
}

/** A labelled choice among a few named values (a filter, a rule's way of writing). */
export function ChoiceField<V extends string>({ label, value, choices, onChange, className }: ChoiceFieldProps<V>) {
  return (
    <label className={className}>
      <span>{label}</span>{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as V)}>
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
