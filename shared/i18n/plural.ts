/**
 * Choosing a message's form: Intl.PluralRules picks "one" or "other" for the count in the
 * form's parameter (`by`, "count" unless said otherwise), level by level.
 */
import type { Message, PluralMessage } from './message';
import { onFirstUse } from '../format/on-first-use';

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
