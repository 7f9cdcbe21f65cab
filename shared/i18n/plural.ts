/**
 * Messages whose words follow a number: "1 artikel", "2 artiklar". A message is either plain
 * text or a set of forms; Intl.PluralRules picks the form for the count in parameter `by`
 * ("count" unless said otherwise). A form may itself be a set of forms for a second count
 * ("1 error and 2 warnings").
 */
import { onFirstUse } from '../format/on-first-use';

export interface PluralMessage {
  /** The parameter holding the count; "count" when left out. */
  readonly by?: string;
  readonly one: Message;
  readonly other: Message;
}

export type Message = string | PluralMessage;

type PluralLanguage = 'sv' | 'en';

const rules: Record<PluralLanguage, () => Intl.PluralRules> = {
  sv: onFirstUse(() => new Intl.PluralRules('sv-SE')),
  en: onFirstUse(() => new Intl.PluralRules('en-GB')),
};

export const countParameter = (message: PluralMessage): string => message.by ?? 'count';

/**
 * The text of a message for these parameters, and the parameters that chose it. Swedish and
 * English know only "one" and "other"; every other category falls back to "other".
 */
export function chooseForm(
  language: PluralLanguage,
  message: Message,
  params: Readonly<Record<string, string | number>>,
): { text: string; counts: string[] } {
  const counts: string[] = [];
  let current = message;
  while (typeof current !== 'string') {
    const by = countParameter(current);
    const value = Number(params[by]);
    counts.push(by);
    current = Number.isFinite(value) && rules[language]().select(value) === 'one' ? current.one : current.other;
  }
  return { text: current, counts };
}
