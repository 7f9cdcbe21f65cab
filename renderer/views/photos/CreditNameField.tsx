import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { CreditSuggestion } from '../../../shared/article/photo';
import { photoLimits } from '../../../shared/article/photo-fields';
import { builtKey, useT } from '../../i18n';
import { invoke } from '../../platform';

interface CreditNameFieldProps {
  label: string;
  value: string;
  /** Where the name came from, when it was prefilled from the file. */
  note: string | null;
  onChange: (name: string) => void;
  onPick: (suggestion: CreditSuggestion) => void;
  onBlur: () => void;
}

const suggestDelayMs = 150;

/**
 * The photographer's name, with names from the people registry and sources saved with earlier
 * credits offered as the user types (an ARIA combobox: arrows move, Enter picks, Escape closes).
 */
export function CreditNameField({ label, value, note, onChange, onPick, onBlur }: CreditNameFieldProps) {
  const { t } = useT();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [suggestions, setSuggestions] = useState<CreditSuggestion[]>([]);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      invoke('photos.creditSuggestions', { query: value.trim() }).then(
        (found) => {
          if (!current) return;
          setSuggestions(found);
          setActive(-1);
        },
        () => current && setSuggestions([]),
      );
    }, suggestDelayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, value]);

  const shown = open && suggestions.length > 0;
  const pick = (suggestion: CreditSuggestion) => {
    onPick(suggestion);
    setOpen(false);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (suggestions.length === 0 ? -1 : (index + step + suggestions.length) % suggestions.length));
    } else if (event.key === 'Enter' && shown && suggestions[active]) {
      event.preventDefault();
      pick(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  const sourceText = (suggestion: CreditSuggestion) =>
    [
      suggestion.organisation,
      suggestion.type ? t(builtKey('credit.type.', suggestion.type)) : '',
      t(builtKey('credit.source.', suggestion.source)),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <div className="field credit-name">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-describedby={note ? `${id}-note` : undefined}
        autoComplete="off"
        maxLength={photoLimits.name}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
        onKeyDown={onKeyDown}
      />
      {note ? (
        <p id={`${id}-note`} className="field-note prefilled">
          {note}
        </p>
      ) : null}
      <ul id={listId} role="listbox" aria-label={t('credit.suggestions')} className="credit-suggestions" hidden={!shown}>
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.source}-${suggestion.personId ?? ''}-${suggestion.name}-${suggestion.organisation}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep focus in the field: a click must not blur it before the pick.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(suggestion)}
          >
            <span className="credit-suggestion-name">{suggestion.name || suggestion.organisation}</span>
            <span className="credit-suggestion-source">{sourceText(suggestion)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
