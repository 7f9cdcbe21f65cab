/**
 * The newsroom's clock: every date and time Spalt shows, stores as a newsroom day, or reads
 * from a wall clock is Stockholm's, whatever the computer's time zone. This is the only module
 * that knows the zone; everything else asks it.
 */
import { format, parseISO } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { TZDate, tzOffset } from '@date-fns/tz';
import type { Language } from '../i18n';

const newsroomTimeZone = 'Europe/Stockholm';

const locales = { sv, en: enGB } as const;

function inNewsroomTime(instant: string | number | Date): TZDate {
  return new TZDate(new Date(instant).getTime(), newsroomTimeZone);
}

/**
 * One formatter per language, made once: a list of a hundred rows formats each row's date in
 * microseconds, where converting through TZDate and date-fns took a good part of a millisecond.
 */
const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

function dateTimeFormat(language: Language): Intl.DateTimeFormat {
  let made = dateTimeFormats.get(language);
  if (!made) {
    made = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
      timeZone: newsroomTimeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(language, made);
  }
  return made;
}

/** An instant's parts by a formatter, laid out by the caller rather than by the locale's pattern. */
function partsOf(formatter: Intl.DateTimeFormat, instant: string | Date): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of formatter.formatToParts(new Date(instant))) part[type] = value;
  return part;
}

/** "9 maj 2024 13:18", as the site prints dates; the parts are laid out here, not by the locale's pattern ("kl."). */
export function formatDateTime(instant: string | Date, language: Language = 'sv'): string {
  const part = partsOf(dateTimeFormat(language), instant);
  return `${part.day} ${part.month} ${part.year} ${part.hour}:${part.minute}`;
}

/** "9 maj 2024 13:18:05": to the second, where two saves may fall in one minute (an article's history). */
export function formatDateTimeSeconds(instant: string | Date, language: Language = 'sv'): string {
  return format(inNewsroomTime(instant), 'd MMMM yyyy HH:mm:ss', { locale: locales[language] });
}

/** Made once, as dateTimeFormat: the save line writes its time at every save. */
let timeFormat: Intl.DateTimeFormat | null = null;

/** "13:18". */
export function formatTime(instant: string | Date): string {
  timeFormat ??= new Intl.DateTimeFormat('sv-SE', { timeZone: newsroomTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const part = partsOf(timeFormat, instant);
  return `${part.hour}:${part.minute}`;
}

/** A calendar day as the newsroom writes it, "9 maj 2024"; a day has no time zone to convert. */
export function formatDay(day: string, language: Language): string {
  return format(parseISO(day), 'd MMMM yyyy', { locale: locales[language] });
}

/** The newsroom's calendar date of an instant, YYYY-MM-DD: the day a licence is judged on. */
export function newsroomDate(instant: string | number | Date): string {
  return format(inNewsroomTime(instant), 'yyyy-MM-dd');
}

/** The first day of the newsroom's month of an instant, YYYY-MM-DD. */
export function newsroomMonthStart(instant: string | number | Date): string {
  return `${newsroomDate(instant).slice(0, 8)}01`;
}

/** "2027-01-15 05:00": a newsroom date and time for a file or a message, sorting as text. */
export function newsroomDateAndTime(instant: string | number | Date): string {
  return format(inNewsroomTime(instant), 'yyyy-MM-dd HH:mm');
}

/** "2027-01-15-05-00-09": a newsroom date and time to the second, for a file's name. */
export function newsroomFileStamp(instant: string | number | Date): string {
  return format(inNewsroomTime(instant), 'yyyy-MM-dd-HH-mm-ss');
}

/** "2027-01-15-0500": a newsroom date and time to the minute, for a folder's name. */
export function newsroomFolderStamp(instant: string | number | Date): string {
  return format(inNewsroomTime(instant), 'yyyy-MM-dd-HHmm');
}

/** "2027-01-15T05:00" for an instant, in Stockholm: what a date and time field holds. */
export function stockholmLocal(instant: Date | number): string {
  return format(inNewsroomTime(instant), "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant a Stockholm wall-clock time stands for. In the autumn hour that happens twice
 * the first (summer time) is meant; a time skipped in spring (02:30 on the last Sunday of
 * March) does not exist, and gives null.
 */
export function stockholmToInstant(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const day0 = 24 * 60 * 60 * 1000;
  // The zone's offsets around that day; a change of offset gives two candidates.
  const offsets = new Set([tzOffset(newsroomTimeZone, new Date(asUtc - day0)), tzOffset(newsroomTimeZone, new Date(asUtc + day0))]);
  const candidates = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => stockholmLocal(instant) === local)
    .sort((a, b) => a - b);
  return candidates[0] === undefined ? null : new Date(candidates[0]);
}

/** The instant a newsroom calendar day (YYYY-MM-DD) begins, as an ISO string. */
export function newsroomDayStart(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, newsroomTimeZone).getTime()).toISOString();
}

/** The instant after a newsroom calendar day ends: the next day's start, 23 or 25 hours on a change of clocks. */
export function newsroomDayEnd(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return newsroomDayStart(new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10));
}

/** The same newsroom day as `instant`, at another hour and minute, as an ISO instant. */
export function atNewsroomTimeOfDay(instant: string | number | Date, hour: number, minute: number): string {
  const local = inNewsroomTime(instant);
  local.setHours(hour, minute, 0, 0);
  return new Date(local.getTime()).toISOString();
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant a wall-clock reading stands for: at the given UTC offset ("+02:00") when the
 * source says where it was read, else in the newsroom's zone. Null for a reading no clock shows.
 */
export function wallClockInstant(clock: WallClock, offset: string | null): string | null {
  const zone = offset !== null && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : newsroomTimeZone;
  const date = new TZDate(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, zone);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime()).toISOString();
}
