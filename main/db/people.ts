import type { Database } from 'better-sqlite3';
import type { Person, PersonInput } from '../../shared/article/people';
import { SpaltError } from '../../shared/errors';
import { likeStart, likeWord } from './like';

interface PersonRow {
  id: string;
  name: string;
  kind: Person['kind'];
  title: string;
}

const toPerson = (row: PersonRow): Person => ({ id: row.id, name: row.name, kind: row.kind, title: row.title });

/** People whose name starts a word with what was typed, staff first, then by name. */
export function listPeople(db: Database, query: string): Person[] {
  const typed = query.trim();
  const rows = db
    .prepare(
      `SELECT id, name, kind, title FROM people
       WHERE @typed = '' OR name LIKE @start ESCAPE '\\' OR name LIKE @word ESCAPE '\\'
       ORDER BY kind = 'outside', name COLLATE NOCASE LIMIT 50`,
    )
    .all({ typed, start: likeStart(typed), word: likeWord(typed) }) as PersonRow[];
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
