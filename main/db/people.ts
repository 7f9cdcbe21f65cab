import type { Database } from 'better-sqlite3';
import type { PeopleSort, Person, PersonInput } from '../../shared/article/people';
import { SpaltError } from '../../shared/errors';
import { likeStart, likeWord } from './like';
import { swedishKey } from './swedish-order';

interface PersonRow {
  id: string;
  name: string;
  kind: Person['kind'];
  title: string;
}

const toPerson = (row: PersonRow): Person => ({ id: row.id, name: row.name, kind: row.kind, title: row.title });

const nameKey = swedishKey('name');

/** The registry's kinds in the form's order, for sorting by kind. */
const kindRank = "CASE kind WHEN 'reporter' THEN 1 WHEN 'photographer' THEN 2 WHEN 'editor' THEN 3 WHEN 'outside' THEN 4 END";

/** Each column's order, the name breaking ties; the registry is small enough to sort whole. */
function peopleOrder(sort: PeopleSort | null): string {
  if (sort === null) return `kind = 'outside', ${nameKey}`;
  const direction = sort.direction === 'ascending' ? 'ASC' : 'DESC';
  const first = sort.column === 'name' ? nameKey : sort.column === 'title' ? swedishKey('title') : kindRank;
  return `${first} ${direction}, ${nameKey} ${direction}, seq ${direction}`;
}

/** People whose name starts a word with what was typed: staff first, then by name, or as sorted. */
export function listPeople(
  db: Database,
  query: string,
  { sort = null, limit = 50 }: { sort?: PeopleSort | null; limit?: number } = {},
): Person[] {
  const typed = query.trim();
  const rows = db
    .prepare(
      `SELECT id, name, kind, title FROM people
       WHERE @typed = '' OR name LIKE @start ESCAPE '\\' OR name LIKE @word ESCAPE '\\'
       ORDER BY ${peopleOrder(sort)} LIMIT @limit`,
    )
    .all({ typed, start: likeStart(typed), word: likeWord(typed), limit }) as PersonRow[];
  return rows.map(toPerson);
}

export function savePerson(db: Database, input: PersonInput & { id: string }, now: string): Person {
  const values = { id: input.id, name: input.name, kind: input.kind, title: input.title, now };
  const exists = db.prepare('SELECT 1 FROM people WHERE id = @id').get(values);
  if (exists) {
    db.prepare('UPDATE people SET name = @name, kind = @kind, title = @title, updated_at = @now WHERE id = @id').run(values);
  } else {
    db.prepare('INSERT INTO people (id, name, kind, title, created_at, updated_at) VALUES (@id, @name, @kind, @title, @now, @now)').run(
      values,
    );
  }
  return getPerson(db, input.id);
}

export function getPerson(db: Database, id: string): Person {
  const row = db.prepare('SELECT id, name, kind, title FROM people WHERE id = @id').get({ id }) as PersonRow | undefined;
  if (!row) throw new SpaltError('person_not_found', { id });
  return toPerson(row);
}

export function removePerson(db: Database, id: string): void {
  db.prepare('DELETE FROM people WHERE id = @id').run({ id: getPerson(db, id).id });
}
