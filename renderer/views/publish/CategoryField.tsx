import { useState } from 'react';
import type { SiteTerm } from '../../../shared/publish/publish';
import { useT } from '../../i18n';

interface CategoryFieldProps {
  categories: SiteTerm[];
  chosen: number[];
  newNames: string[];
  /** Whether the role may create categories (null: unknown, the site decides). */
  mayCreate: boolean | null;
  onChosen: (ids: number[]) => void;
  onNewNames: (names: string[]) => void;
}

/** The site's categories as WordPress nests them: each parent followed by its children. */
function nested(categories: SiteTerm[]): Array<{ term: SiteTerm; depth: number }> {
  const byName = (a: SiteTerm, b: SiteTerm) => a.name.localeCompare(b.name, 'sv');
  const ids = new Set(categories.map((term) => term.id));
  const out: Array<{ term: SiteTerm; depth: number }> = [];
  const visit = (parent: number, depth: number) => {
    for (const term of categories.filter((c) => c.parent === parent).sort(byName)) {
      out.push({ term, depth });
      if (depth < 10) visit(term.id, depth + 1);
    }
  };
  visit(0, 0);
  // A child whose parent the site did not list still shows, at the top.
  for (const term of categories.filter((c) => c.parent !== 0 && !ids.has(c.parent)).sort(byName)) out.push({ term, depth: 0 });
  return out;
}

export function CategoryField({ categories, chosen, newNames, mayCreate, onChosen, onNewNames }: CategoryFieldProps) {
  const { t } = useT();
  const [typed, setTyped] = useState('');

  function toggle(id: number, on: boolean) {
    onChosen(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  }

  function add() {
    const name = typed.trim();
    if (name === '') return;
    const existing = categories.find((term) => term.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
    if (existing) {
      if (!chosen.includes(existing.id)) onChosen([...chosen, existing.id]);
    } else if (!newNames.some((other) => other.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'))) {
      onNewNames([...newNames, name]);
    }
    setTyped('');
  }

  return (
    <fieldset className="publish-categories">
      <legend>{t('publishDialog.categories')}</legend>
      {categories.length === 0 && newNames.length === 0 ? <p className="hint">{t('publishDialog.noCategories')}</p> : null}
      <ul className="publish-term-list">
        {nested(categories).map(({ term, depth }) => (
          <li key={term.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
            <label>
              <input type="checkbox" checked={chosen.includes(term.id)} onChange={(event) => toggle(term.id, event.target.checked)} />{' '}
              {term.name}
            </label>
          </li>
        ))}
        {newNames.map((name) => (
          <li key={`new-${name}`}>
            <label>
              <input type="checkbox" checked onChange={() => onNewNames(newNames.filter((other) => other !== name))} /> {name}{' '}
              <span className="hint">{t('publishDialog.newMark')}</span>
            </label>
          </li>
        ))}
      </ul>
      {mayCreate === false ? (
        <p className="hint">{t('publishDialog.cannotCreateCategories')}</p>
      ) : (
        <div className="publish-term-add">
          <label className="field">
            <span>{t('publishDialog.newCategory')}</span>
            <input
              type="text"
              value={typed}
              maxLength={200}
              onChange={(event) => setTyped(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
          </label>
          <button type="button" disabled={typed.trim() === ''} onClick={add}>
            {t('publishDialog.addCategory')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
