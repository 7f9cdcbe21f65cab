import { useId, useState } from 'react';
import { bylineRoles } from '../../../shared/article/article-fields';
import type { Byline } from '../../../shared/article/byline';
import { isOneOf } from '../../../shared/one-of';
import { usePeople } from '../usePeople';
import { builtKey, useT } from '../../i18n';

interface BylinesFieldProps {
  bylines: Byline[];
  disabled: boolean;
  onChange: (bylines: Byline[]) => void;
  onBlur: () => void;
}

/** Several bylines with their roles ("Text", "Skribent", "Foto"), names picked from the registry. */
export function BylinesField({ bylines, disabled, onChange, onBlur }: BylinesFieldProps) {
  const { t } = useT();
  const people = usePeople().people ?? [];
  const listId = useId();
  const [adding, setAdding] = useState(false);

  const update = (index: number, change: Partial<Byline>) =>
    onChange(bylines.map((byline, i) => (i === index ? { ...byline, ...change } : byline)));

  function rename(index: number, name: string) {
    const person = people.find((p) => p.name === name.trim());
    update(index, { name, personId: person?.id ?? null });
  }

  return (
    <fieldset className="bylines" disabled={disabled} onBlur={onBlur}>
      <legend>{t('bylines.heading')}</legend>
      <datalist id={listId}>
        {people.map((person) => (
          <option key={person.id} value={person.name}>
            {person.title}
          </option>
        ))}
      </datalist>
      {bylines.map((byline, index) => (
        <div className="byline-row" key={index}>
          <select
            aria-label={t('bylines.role')}
            value={byline.role}
            onChange={(event) => isOneOf(bylineRoles, event.target.value) && update(index, { role: event.target.value })}
          >
            {bylineRoles.map((role) => (
              <option key={role} value={role}>
                {t(builtKey('bylines.role.', role))}
              </option>
            ))}
          </select>
          <input
            type="text"
            aria-label={t('bylines.name')}
            list={listId}
            value={byline.name}
            maxLength={120}
            autoFocus={adding && index === bylines.length - 1}
            onChange={(event) => rename(index, event.target.value)}
          />
          <button
            type="button"
            aria-label={t('bylines.remove', { name: byline.name || t('bylines.name') })}
            onClick={() => onChange(bylines.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          setAdding(true);
          onChange([...bylines, { role: bylines.length === 0 ? 'text' : 'writer', name: '', personId: null }]);
        }}
      >
        {t('bylines.add')}
      </button>
    </fieldset>
  );
}
