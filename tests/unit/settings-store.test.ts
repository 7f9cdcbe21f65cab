import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { defaultSettings } from '../../main/db/settings';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('stored settings', () => {
  it('keep each key on its own: a value that is not JSON falls back to its default, and the rest stay', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false } });
    try {
      await core.handlers['settings.update']({ language: 'en', typography: { quotes: false, dashes: true, ellipsis: false } });
      // As a hand edit or a half-salvaged file could leave it.
      core.db.prepare("UPDATE settings SET value = '{\"quotes\": fal' WHERE key = 'typography'").run();
      const settings = await core.handlers['settings.get']({});
      expect(settings.language).toBe('en');
      expect(settings.typography).toEqual(defaultSettings.typography);
      expect(settings.newsroom).toEqual(defaultSettings.newsroom);
    } finally {
      core.close();
    }
  });
});
