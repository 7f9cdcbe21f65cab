import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { PersonKind, type PeopleSort, type PeopleSortColumn, type Person } from '../../shared/article/people';
import { invoke } from '../platform';
import { usePeopleTable } from './usePeopleTable';
import { builtKey, useT } from '../i18n';
import { SortHeader } from './library/SortHeader';
import { UndoNotice, type Notice } from './library/UndoNotice';
import './library/library.css';

/** The registry of staff and outside writers that bylines and signatures are picked from. */
export function PeopleView() {
  const { t, errorText } = useT();
  const [sort, setSort] = useState<PeopleSort>({ column: 'name', direction: 'ascending' });
  const { people, error } = usePeopleTable(sort);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PersonKind>('reporter');
  const [title, setTitle] = useState('');
  const [notice, setNotice] = useState<Notice>({ text: '' });
  const [failure, setFailure] = useState<unknown>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  // After a removal, the row that takes the removed one's place takes the focus, so Delete goes on down the list.
  const refocus = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || !people || people.some((person) => person.id === wanted.id)) return;
    refocus.current = null;
    const rows = table.current?.rows;
    (rows?.[Math.min(wanted.index, rows.length - 1)] as HTMLElement | undefined)?.focus();
  }, [people]);

  const onSort = (column: PeopleSortColumn) =>
    setSort((shown) =>
      shown.column === column
        ? { column, direction: shown.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      const person = await invoke('people.save', { name, kind, title });
      setNotice({ text: t('people.saved', { name: person.name }) });
      setName('');
      setTitle('');
      setFailure(null);
    } catch (caught) {
      setFailure(caught);
    }
  }

  async function remove(person: Person, index: number) {
    try {
      refocus.current = { id: person.id, index };
      await invoke('people.remove', { id: person.id });
      setFailure(null);
      setNotice({
        text: t('people.removed', { name: person.name }),
        // Back as the person was: the same id, so bylines that name it find it again.
        undo: async () => {
          await invoke('people.save', { id: person.id, name: person.name, kind: person.kind, title: person.title });
          setNotice({ text: t('people.restored', { name: person.name }) });
        },
      });
    } catch (caught) {
      setFailure(caught);
    }
  }

  function onRowKey(event: KeyboardEvent<HTMLTableRowElement>, person: Person, index: number) {
    if (event.key !== 'Delete') return;
    event.preventDefault();
    void remove(person, index);
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
      <UndoNotice notice={notice} onFailure={setFailure} />
      {(failure ?? error) ? <p role="alert">{errorText(failure ?? error)}</p> : null}
      {people && people.length === 0 ? <p className="empty">{t('people.empty')}</p> : null}
      {people && people.length > 0 ? <p className="library-keys">{t('people.keys')}</p> : null}
      {people && people.length > 0 ? (
        <table className="article-table" aria-label={t('people.table')}>
          <thead>
            <tr>
              <SortHeader column="name" label={t('people.name')} sorting={{ shown: sort, onSort }} />
              <SortHeader column="kind" label={t('people.kind')} sorting={{ shown: sort, onSort }} />
              <SortHeader column="title" label={t('people.title')} sorting={{ shown: sort, onSort }} />
              <th scope="col">{t('library.col.actions')}</th>
            </tr>
          </thead>
          <tbody ref={table}>
            {people.map((person, index) => (
              // Clicking a row's cell focuses the row, for Delete; Tab still goes to its button.
              <tr key={person.id} data-person={person.id} tabIndex={-1} onKeyDown={(event) => onRowKey(event, person, index)}>
                <td>{person.name}</td>
                <td>{t(builtKey('people.kind.', person.kind))}</td>
                <td>{person.title}</td>
                <td>
                  <button type="button" aria-label={t('people.remove', { name: person.name })} onClick={() => void remove(person, index)}>
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
