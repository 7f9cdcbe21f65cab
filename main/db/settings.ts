import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { Settings } from '../../shared/api';
import { defaultNewsroom } from '../../shared/article/newsroom';

export const defaultSettings: Settings = {
  language: 'sv',
  typography: { quotes: true, dashes: true, ellipsis: true },
  newsroom: defaultNewsroom,
};

export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  const settings: Settings = { ...defaultSettings };
  // Each key on its own: one unreadable value falls back to its default, not the others.
  for (const { key, value } of rows) {
    const field = Settings.shape[key as keyof Settings] as z.ZodType | undefined;
    const parsed = field?.safeParse(JSON.parse(value));
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
