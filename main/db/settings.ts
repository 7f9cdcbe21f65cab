/** The newsroom's settings (settings): one row per top-level key, its value as JSON. */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { Settings } from '../../shared/api';
import { defaultNewsroom } from '../../shared/article/newsroom';
import { statement } from './statements';

export const defaultSettings: Settings = {
  language: 'sv',
  typography: { quotes: true, dashes: true, ellipsis: true },
  newsroom: defaultNewsroom,
  yourName: '',
};

/** "Ditt namn" alone, for a save's history entry: read on the save's path, so without the rest. */
export function readYourName(db: Database): string | null {
  const row = statement(db, 'SELECT value FROM settings WHERE key = @key').get({ key: 'yourName' }) as { value: string } | undefined;
  const json = row === undefined ? undefined : readJson(row.value);
  const parsed = Settings.shape.yourName.safeParse(json);
  return parsed.success && parsed.data !== '' ? parsed.data : null;
}

/** The stored value, or undefined when it is not JSON at all (written by hand, or half salvaged). */
function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const settings: Settings = { ...defaultSettings };
  // Each key on its own: a value that is not JSON, or not a valid setting, keeps that key's
  // default, and the other keys keep their stored values.
  for (const { key, value } of rows) {
    const field = Settings.shape[key as keyof Settings] as z.ZodType | undefined;
    const json = readJson(value);
    const parsed = json === undefined ? undefined : field?.safeParse(json);
    if (parsed?.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

export function updateSettings(db: Database, changes: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run({ key, value: JSON.stringify(value) });
    }
  })();
  return readSettings(db);
}
