import type { Language } from '../i18n';
import { onFirstUse } from './on-first-use';

const formatters: Record<Language, () => Intl.NumberFormat> = {
  sv: onFirstUse(() => new Intl.NumberFormat('sv-SE')),
  en: onFirstUse(() => new Intl.NumberFormat('en-GB')),
};

/** "1 904" in Swedish, "1,904" in English. */
export function formatCount(value: number, language: Language): string {
  return formatters[language]().format(value);
}
