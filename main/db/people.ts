import type { Database } from 'better-sqlite3';
import type { Person, PersonInput } from '../../shared/article/people';
import { SpaltError } from '../../shared/errors';

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
    .all({ typed, start: `${escapeLike(typed)}%`, word: `% ${escapeLike(typed)}%` }) as PersonRow[];
  return rows.map(toPerson);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function savePerson(db: Database, input: PersonInput & { id: string }, now: string): Person {
  const exists = db.prepare('SELECT 1 FROM people WHERE id = ?').get(input.id);
  if (exists) {
    db.prepare('UPDATE people SET name = ?, kind = ?, title = ?, updated_at = ? WHERE id = ?').run(
      input.name, input.kind, input.title, now, input.id,
    );
  } else {
    db.prepare('INSERT INTO people (id, name, kind, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.id, input.name, input.kind, input.title, now, now,
    );
  }
  return getPerson(db, input.id);
}

export function getPerson(db: Database, id: string): Person {
  const row = db.prepare('SELECT id, name, kind, title FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new SpaltError('person_not_found', { id });
  return toPerson(row);
}

export function removePerson(db: Database, id: string): void {
  db.prepare('DELETE FROM people WHERE id = ?').run(getPerson(db, id).id);
}
