import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { newsroomTimeZone } from '../../shared/format/date';

/** The instant a newsroom calendar day (YYYY-MM-DD) begins, as an ISO string. */
export function newsroomDayStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, newsroomTimeZone).getTime()).toISOString();
}

/** The instant after a newsroom calendar day ends. */
export function newsroomDayEnd(date: string): string {
  return newsroomDayStart(format(addDays(new Date(`${date}T12:00:00Z`), 1), 'yyyy-MM-dd'));
}
