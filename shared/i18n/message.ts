/**
 * The shape of a message and the parameters the compiler reads from its Swedish text.
 *
 * A message is plain text or a set of forms chosen by a count ("1 artikel", "2 artiklar");
 * a form may itself be a set of forms for a second count ("1 fel och 2 varningar"). Each
 * `{name}` in the Swedish text is a parameter; the counts that choose forms are numbers.
 */

export interface PluralMessage {
  /** The parameter holding the count; "count" when left out. */
  readonly by?: string;
  readonly one: Message;
  readonly other: Message;
}

export type Message = string | PluralMessage;

/** One key's message in both languages, Swedish first. */
export interface Entry {
  readonly sv: Message;
  readonly en: Message;
}

/** Forms nest at most this deep: one count per level. */
type Depth = [unknown, unknown, unknown];

/** Every text a message can become. */
type TextsOf<M, Level extends unknown[] = []> = Level extends Depth
  ? never
  : M extends string
    ? M
    : M extends PluralMessage
      ? TextsOf<M['one'], [...Level, unknown]> | TextsOf<M['other'], [...Level, unknown]>
      : never;

/** The `{name}` placeholders of a text. */
type Placeholders<Text, Found extends string = never> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Placeholders<Rest, Found | Name>
  : Found;

/** The parameters that choose a message's forms. */
export type CountsOf<M, Level extends unknown[] = []> = Level extends Depth
  ? never
  : M extends PluralMessage
    ? | (M extends { readonly by: infer By extends string } ? By : 'count')
      | CountsOf<M['one'], [...Level, unknown]>
      | CountsOf<M['other'], [...Level, unknown]>
    : never;

/**
 * A value that differs by language travels as a pair: `{roleSv}` in the Swedish text and
 * `{roleEn}` in the English one. Swedish names the pair, so both halves are required.
 */
type WithPairs<Name extends string> = Name | (Name extends `${infer Base}Sv` ? `${Base}En` : never);

/** The names a message's parameters go by, counts included, with both halves of each pair. */
export type ParameterNames<M extends Message> = WithPairs<Placeholders<TextsOf<M>>> | CountsOf<M>;

/** A message's parameters: a count is a number, any other value text or a number. */
export type ParamsOf<M extends Message> = {
  readonly [Name in ParameterNames<M>]: Name extends CountsOf<M> ? number : string | number;
};

/** The names with the language's half of a pair made neutral, to compare the two languages. */
type Neutral<Name> = Name extends `${infer Base}Sv` ? Base : Name extends `${infer Base}En` ? Base : Name;
type NeutralNames<M extends Message> = Neutral<Placeholders<TextsOf<M>>>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * What the compiler holds an entry's English to: the Swedish parameters (one for one, the
 * language's half of a pair) and the same counts. A mismatch names both sets.
 */
type EnglishMatches<E extends Entry> =
  Same<NeutralNames<E['sv']>, NeutralNames<E['en']>> extends true
    ? Same<CountsOf<E['sv']>, CountsOf<E['en']>> extends true
      ? unknown
      : { readonly en: { countsInSwedish: CountsOf<E['sv']>; countsInEnglish: CountsOf<E['en']> } }
    : { readonly en: { parametersInSwedish: NeutralNames<E['sv']>; parametersInEnglish: NeutralNames<E['en']> } };

/**
 * One area's messages, both languages beside each other. The literal text is kept, so the
 * parameters of every key are read from its Swedish; English must use the same ones.
 */
export function defineArea<const Entries extends Record<string, Entry>>(
  entries: Entries & { readonly [Key in keyof Entries]: EnglishMatches<Entries[Key]> },
): Entries {
  return entries;
}
