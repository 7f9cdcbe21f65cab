import { formatCount } from '../format/number';
import { isOneOf } from '../one-of';
import { catalogue, type MessageKey, type MessageParams } from './catalogue';
import { chooseForm } from './plural';

export type { MessageKey, MessageParams } from './catalogue';
export type { Message, PluralMessage } from './message';

/**
 * The interface's languages, Swedish first. A plain list, not a schema: the renderer's start
 * translates from here, and loads no schema library to do so (the contract's schema is in api.ts).
 */
export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return isOneOf(languages, value);
}

/** Parameters for a key only known at run time (one of a family): no one key's parameters apply, so any are taken. */
export type AnyParams = Readonly<Record<string, string | number>>;

/** A message without parameters takes none. */
type NoParams = { readonly [name: string]: never };

type UnionToIntersection<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;

/**
 * What follows the key: the parameters its Swedish text names, required and typed, or none.
 * A key that is one of several (built at run time) takes any parameters.
 */
export type ParamArgs<Key extends MessageKey> =
  IsUnion<Key> extends true
    ? [params?: AnyParams]
    : [keyof MessageParams<Key>] extends [never]
      ? [params?: NoParams]
      : [params: MessageParams<Key>];

/**
 * The UI text for a key, with {name} placeholders filled in. A message with plural forms takes
 * the form its count calls for, and the count is written the language's way ("1 904").
 */
export function translate<Key extends MessageKey>(language: Language, key: Key, ...[params]: ParamArgs<Key>): string {
  const values: AnyParams = params ?? {};
  const { text, counts } = chooseForm(language, catalogue[key][language], values);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    return typeof value === 'number' && counts.includes(name) ? formatCount(value, language) : String(value);
  });
}

/** A key with its parameters, to be put into words later (in the language the reader chose). */
export interface Phrase {
  readonly key: MessageKey;
  readonly params?: AnyParams;
}

/** A phrase whose parameters are checked against its key's message where it is made. */
export function phrase<Key extends MessageKey>(key: Key, ...[params]: ParamArgs<Key>): Phrase {
  return params === undefined ? { key } : { key, params };
}

/** The same message in every language, for values that cross the contract. */
export function translations<Key extends MessageKey>(key: Key, ...params: ParamArgs<Key>): Record<Language, string> {
  return { sv: translate('sv', key, ...params), en: translate('en', key, ...params) };
}
