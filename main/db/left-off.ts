/**
 * Where the journalist left off, kept in the settings table under a key of its own (it is no
 * setting: it changes as they write, and no window needs to hear of it).
 */
import type { Database } from 'better-sqlite3';
import { LeftOff } from '../../shared/article/left-off';

const key = 'leftOff';

/** The place remembered last, if its article is still in the library (not in the trash). */
export function readLeftOff(db: Database): LeftOff | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = @key').pluck().get({ key }) as string | undefined;
  if (value === undefined) return null;
  let parsed: ReturnType<typeof LeftOff.safeParse>;
  try {
    parsed = LeftOff.safeParse(JSON.parse(value));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const open = db.prepare('SELECT 1 FROM articles WHERE id = @id AND trashed_at IS NULL').pluck().get({ id: parsed.data.articleId });
  return open === undefined ? null : parsed.data;
}

/** Remembers `leftOff`; opening an article (no place) keeps the place remembered in it. Returns what is remembered now. */
export function rememberLeftOff(db: Database, leftOff: LeftOff): LeftOff {
  return db.transaction(() => {
    const known = leftOff.place === null ? readLeftOff(db) : null;
    const remembered = known?.articleId === leftOff.articleId ? known : leftOff;
    db.prepare('INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run({
      key,
      value: JSON.stringify(remembered),
    });
    return remembered;
  })();
}
