import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Language, type MessageKey, type ParamArgs } from '../shared/i18n';
import { formatDateTime } from '../shared/format/date';
import type { SpaltError } from '../shared/errors';

export { builtKey } from '../shared/i18n/built-keys';

export interface Translator {
  language: Language;
  t: <Key extends MessageKey>(key: Key, ...params: ParamArgs<Key>) => string;
  dateTime: (instant: string) => string;
  errorText: (error: unknown) => string;
}

const LanguageContext = createContext<Language>('sv');

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useT(): Translator {
  const language = useContext(LanguageContext);
  return useMemo(
    () => ({
      language,
      t: (key, ...params) => translate(language, key, ...params),
      dateTime: (instant) => formatDateTime(instant, language),
      errorText: (error) =>
        (error as SpaltError | undefined)?.messages?.[language] ?? translate(language, 'error.internal', { details: String(error) }),
    }),
    [language],
  );
}
