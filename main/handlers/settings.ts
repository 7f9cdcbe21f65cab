/** settings.*: the interface language, typography as you type, and the newsroom's kinds. */
import { isDamageError } from '../db/damage';
import { defaultSettings, readSettings, updateSettings } from '../db/settings';
import { emitSettingsChanged } from '../events';
import type { HandlerContext, NamespaceHandlers } from './context';

export function settingsHandlers({ db, events, health }: Pick<HandlerContext, 'db' | 'events' | 'health'>): NamespaceHandlers<'settings'> {
  return {
    'settings.get': async () => {
      try {
        return readSettings(db);
      } catch (error) {
        // The window must still open to say what is wrong, in the default language.
        if (!isDamageError(error)) throw error;
        health.translate(error);
        return defaultSettings;
      }
    },
    'settings.update': async (changes) => {
      const settings = updateSettings(db, changes);
      emitSettingsChanged(events, settings);
      return settings;
    },
  };
}
