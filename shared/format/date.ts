import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import type { Language } from '../i18n';

/** The newsroom's clock, whatever the computer's time zone. */
export const newsroomTimeZone = 'Europe/Stockholm';

const locales = { sv, en: enGB } as const;

function inNewsroomTime(instant: string | Date): TZDate {
  return new TZDate(new Date(instant).getTime(), newsroomTimeZone);
}

/** "9 maj 2024 13:18", as the site prints dates. */
export function formatDateTime(instant: string | Date, language: Language = 'sv'): string {
  return format(inNewsroomTime(instant), 'd MMMM yyyy HH:mm', { locale: locales[language] });
}

/** The newsroom's calendar date of an instant, YYYY-MM-DD: the day a licence is judged on. */
export function newsroomDate(instant: string | Date): string {
  return format(inNewsroomTime(instant), 'yyyy-MM-dd');
}

/** "13:18". */
export function formatTime(instant: string | Date): string {
  return format(inNewsroomTime(instant), 'HH:mm');
}
