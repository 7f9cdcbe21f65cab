import { useState, type FormEvent } from 'react';
import { PersonKind, type Person } from '../../shared/article/people';
import { invoke } from '../platform';
import { usePeople } from './usePeople';
import { builtKey, useT } from '../i18n';

/** The registry of staff and outside writers that bylines and signatures are picked from. */
export function PeopleView() {
  const { t, errorText } = useT();
  const { people, error } = usePeople();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('reporter');
  const [title, setTitle] = useState('');
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      const person = await invoke('people.save', { name, kind, title });
      setNotice(t('people.saved', { name: person.name }));
      setName('');
      setTitle('');
      setFailure(null);
    } catch (caught) {
      setFailure(caught);
    }
  }

  async function remove(person: Person) {
    try {
      await invoke('people.remove', { id: person.id });
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <section className="people" aria-labelledby="people-heading">
      <h1 id="people-heading">{t('people.heading')}</h1>
      <form className="people-form" onSubmit={(event) => void add(event)} aria-label={t('people.add')}>
        <label className="field">
          <span>{t('people.name')}</span>
          <input type="text" value={name} required maxLength={120} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('people.kind')}</span>
          <select value={kind} onChange={(event) => setKind(PersonKind.parse(event.target.value))}>
            {PersonKind.options.map((option) => (
              <option key={option} value={option}>
                {t(builtKey('people.kind.', option))}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('people.title')}</span>
          <input type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('people.add')}
        </button>
      </form>
      <p className="notice" role="status">
        {notice}
      </p>
      {(failure ?? error) ? <p role="alert">{errorText(failure ?? error)}</p> : null}
      {people && people.length === 0 ? <p className="empty">{t('people.empty')}</p> : null}
      {people && people.length > 0 ? (
        <table className="article-table" aria-label={t('people.table')}>
          <thead>
            <tr>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.kind')}</th>
              <th scope="col">{t('people.title')}</th>
              <th scope="col">{t('library.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>{person.name}</td>
                <td>{t(builtKey('people.kind.', person.kind))}</td>
                <td>{person.title}</td>
                <td>
                  <button type="button" aria-label={t('people.remove', { name: person.name })} onClick={() => void remove(person)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
