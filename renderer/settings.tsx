import { createContext, useContext } from 'react';
import type { Settings } from '../shared/api';

const SettingsContext = createContext<Settings | null>(null);

export const SettingsProvider = SettingsContext.Provider;

/** The profile's settings; the app renders nothing until they are loaded. */
export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings outside SettingsProvider');
  return settings;
}
