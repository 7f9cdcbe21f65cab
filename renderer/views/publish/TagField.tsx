import { useId, useState } from 'react';
import type { SiteTerm } from '../../../shared/publish/publish';
import { useT } from '../../i18n';

interface TagFieldProps {
  tags: SiteTerm[];
  chosen: string[];
  /** Whether the role may create tags (null: unknown, the site decides). */
  mayCreate: boolean | null;
  onChosen: (names: string[]) => void;
}

const shownSuggestions = 8;
const same = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

/** Tags by name: the site's suggested as you type, new ones allowed when the role may create them. */
export function TagField({ tags, chosen, mayCreate, onChosen }: TagFieldProps) {
  const { t } = useT();
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState('');
  const hintId = useId();
  const query = typed.trim().toLocaleLowerCase('sv');
  const suggestions =
    query === ''
      ? []
      : tags
          .filter((tag) => tag.name.toLocaleLowerCase('sv').includes(query) && !chosen.some((name) => same(name, tag.name)))
          .slice(0, shownSuggestions);

  function add(raw: string) {
    const name = raw.trim();
    if (name === '') return;
    const existing = tags.find((tag) => same(tag.name, name));
    if (!existing && mayCreate === false) {
      setRefused(name);
      return;
    }
    const final = existing?.name ?? name;
    if (!chosen.some((other) => same(other, final))) onChosen([...chosen, final]);
    setTyped('');
    setRefused('');
  }

  const isNew = (name: string) => !tags.some((tag) => same(tag.name, name));
  return (
    <div className="publish-tags">
      {chosen.length > 0 ? (
        <ul className="publish-chosen-tags" aria-label={t('publishDialog.chosenTags')}>
          {chosen.map((name) => (
            <li key={name}>
              {name}
              {isNew(name) ? <span className="hint"> {t('publishDialog.newMark')}</span> : null}{' '}
              <button
                type="button"
                aria-label={t('publishDialog.removeTag', { name })}
                onClick={() => onChosen(chosen.filter((other) => other !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="publish-term-add">
        <label className="field">
          <span>{t('publishDialog.tags')}</span>
          <input
            type="text"
            value={typed}
            maxLength={200}
            aria-describedby={hintId}
            autoComplete="off"
            onChange={(event) => {
              setTyped(event.target.value);
              setRefused('');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add(typed);
              }
            }}
          />
        </label>
        <button type="button" disabled={typed.trim() === ''} onClick={() => add(typed)}>
          {t('publishDialog.addTag')}
        </button>
      </div>
      <p id={hintId} className="hint">
        {mayCreate === false ? t('publishDialog.tagHintExisting') : t('publishDialog.tagHint')}
      </p>
      {suggestions.length > 0 ? (
        <ul className="publish-tag-suggestions" aria-label={t('publishDialog.tagSuggestions')}>
          {suggestions.map((tag) => (
            <li key={tag.id}>
              <button type="button" onClick={() => add(tag.name)}>
                {tag.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {refused ? (
        <p className="field-error" role="alert">
          {t('publishDialog.tagNotAllowed', { name: refused })}
        </p>
      ) : null}
    </div>
  );
}
