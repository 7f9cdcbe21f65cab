import { z } from 'zod';
import { en } from './en';
import { formatCount } from '../format/number';
import { chooseForm, type Message } from './plural';
import { sv, type MessageKey } from './sv';

export type { MessageKey } from './sv';
export type { Message, PluralMessage } from './plural';

export const Language = z.enum(['sv', 'en']);
export type Language = z.infer<typeof Language>;

const catalogs: Record<Language, Record<MessageKey, Message>> = { sv, en };

export type MessageParams = Record<string, string | number>;

/**
 * The UI text for a key, with {name} placeholders filled in. A message with plural forms takes
 * the form its count calls for, and the count is written the language's way ("1 904").
 */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const { text, counts } = chooseForm(language, catalogs[language][key], params);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' && counts.includes(name) ? formatCount(value, language) : String(value);
  });
}

/** The same message in every language, for values that cross the contract. */
export function translations(key: MessageKey, params: MessageParams = {}): Record<Language, string> {
  return { sv: translate('sv', key, params), en: translate('en', key, params) };
}
