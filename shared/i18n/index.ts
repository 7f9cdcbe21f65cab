import { z } from 'zod';
import { en } from './en';
import { sv, type MessageKey } from './sv';

export type { MessageKey } from './sv';

export const Language = z.enum(['sv', 'en']);
export type Language = z.infer<typeof Language>;

const catalogs: Record<Language, Record<MessageKey, string>> = { sv, en };

export type MessageParams = Record<string, string | number>;

/** The UI text for a key, with {name} placeholders filled in. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The same message in every language, for values that cross the contract. */
export function translations(key: MessageKey, params: MessageParams = {}): Record<Language, string> {
  return { sv: translate('sv', key, params), en: translate('en', key, params) };
}
