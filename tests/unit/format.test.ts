import { format } from 'date-fns';
import { enGB, sv as svLocale } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  atNewsroomTimeOfDay,
  formatDateTime,
  formatDay,
  formatTime,
  newsroomDate,
  newsroomDateAndTime,
  newsroomDayEnd,
  newsroomDayStart,
  newsroomFileStamp,
  newsroomMonthStart,
  wallClockInstant,
} from '../../shared/format/date';
import { formatCount } from '../../shared/format/number';
import { typographyFor } from '../../shared/format/typography';
import { translate, type Message } from '../../shared/i18n';
import { messagesIn } from '../../shared/i18n/catalogue';

const [sv, en] = [messagesIn('sv'), messagesIn('en')];

describe('Swedish dates in Europe/Stockholm', () => {
  it('lays out every instant of two years, every 97 minutes, as date-fns in Stockholm time does, in both languages', () => {
    const from = Date.UTC(2023, 0, 1);
    for (let instant = from; instant < from + 2 * 366 * 86_400_000; instant += 97 * 60_000) {
      const local = new TZDate(instant, 'Europe/Stockholm');
      expect(formatDateTime(new Date(instant))).toBe(format(local, 'd MMMM yyyy HH:mm', { locale: svLocale }));
      expect(formatDateTime(new Date(instant), 'en')).toBe(format(local, 'd MMMM yyyy HH:mm', { locale: enGB }));
      expect(formatTime(new Date(instant))).toBe(format(local, 'HH:mm'));
    }
  });

  it('print as the site does', () => {
    expect(formatDateTime('2024-05-09T11:18:00Z')).toBe('9 maj 2024 13:18');
    expect(formatDateTime('2024-01-27T04:00:00Z')).toBe('27 januari 2024 05:00');
    expect(formatDateTime('2024-05-09T11:18:00Z', 'en')).toBe('9 May 2024 13:18');
    expect(formatTime('2024-05-09T11:18:00Z')).toBe('13:18');
    expect(formatTime('2024-01-26T23:05:00Z')).toBe('00:05');
  });

  it('follow the daylight-saving changes', () => {
    expect(formatDateTime('2024-03-31T00:59:00Z')).toBe('31 mars 2024 01:59');
    expect(formatDateTime('2024-03-31T01:00:00Z')).toBe('31 mars 2024 03:00');
    expect(formatDateTime('2024-10-27T00:30:00Z')).toBe('27 oktober 2024 02:30');
    expect(formatDateTime('2024-10-27T01:30:00Z')).toBe('27 oktober 2024 02:30');
    expect(formatDateTime('2024-10-27T02:00:00Z')).toBe('27 oktober 2024 03:00');
  });

  it('do not depend on the computer’s time zone', () => {
    // vitest runs these in whatever zone the machine has; the answer is Stockholm's regardless.
    expect(formatDateTime(new Date(Date.UTC(2024, 11, 31, 23, 30)))).toBe('1 januari 2025 00:30');
  });

  it('give the newsroom’s day, month and sortable time of an instant', () => {
    expect(newsroomDate('2024-12-31T23:30:00Z')).toBe('2025-01-01');
    expect(newsroomMonthStart('2024-12-31T23:30:00Z')).toBe('2025-01-01');
    expect(newsroomMonthStart('2024-05-09T11:18:00Z')).toBe('2024-05-01');
    expect(newsroomDateAndTime('2024-05-09T11:18:00Z')).toBe('2024-05-09 13:18');
    expect(newsroomFileStamp('2024-12-31T23:30:09Z')).toBe('2025-01-01-00-30-09');
    expect(formatDay('2024-05-09', 'sv')).toBe('9 maj 2024');
    expect(formatDay('2024-05-09', 'en')).toBe('9 May 2024');
  });

  it('bound a newsroom day by its own midnights, 23 or 25 hours long when the clocks change', () => {
    expect(newsroomDayStart('2024-05-09')).toBe('2024-05-08T22:00:00.000Z');
    expect(newsroomDayEnd('2024-05-09')).toBe('2024-05-09T22:00:00.000Z');
    expect(Date.parse(newsroomDayEnd('2024-03-31')) - Date.parse(newsroomDayStart('2024-03-31'))).toBe(23 * 3_600_000);
    expect(Date.parse(newsroomDayEnd('2024-10-27')) - Date.parse(newsroomDayStart('2024-10-27'))).toBe(25 * 3_600_000);
    expect(newsroomDayEnd('2024-12-31')).toBe('2024-12-31T23:00:00.000Z');
  });

  it('move an instant to another time of the same newsroom day', () => {
    // 00:30 in Stockholm on 1 January is still 31 December in UTC: the day is Stockholm's.
    expect(atNewsroomTimeOfDay('2024-12-31T23:30:00Z', 23, 5)).toBe('2025-01-01T22:05:00.000Z');
    expect(atNewsroomTimeOfDay('2024-07-01T10:00:00Z', 8, 0)).toBe('2024-07-01T06:00:00.000Z');
  });

  it('read a wall clock in Stockholm unless an offset says where it was', () => {
    const clock = { year: 2026, month: 10, day: 14, hour: 9, minute: 41, second: 7 };
    expect(wallClockInstant(clock, null)).toBe('2026-10-14T07:41:07.000Z');
    expect(wallClockInstant(clock, '-05:00')).toBe('2026-10-14T14:41:07.000Z');
    expect(wallClockInstant(clock, 'CEST')).toBe('2026-10-14T07:41:07.000Z');
  });
});

describe('interface text', () => {
  it('has every Swedish key in English too, with the same placeholders', () => {
    // A value that differs by language travels as a pair, {roleSv} in Swedish and {roleEn} in English.
    // A message with plural forms may leave a count out of one form ("Artikelns bild"): all forms together count.
    const texts = (message: Message): string[] =>
      typeof message === 'string' ? [message] : [...texts(message.one), ...texts(message.other)];
    const placeholders = (message: Message) =>
      [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]?.replace(/(Sv|En)$/, ''))))].sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as Array<keyof typeof sv>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('fills in placeholders and counts the Swedish way', () => {
    expect(translate('sv', 'save.saved', { time: '13:18' })).toBe('Sparat 13:18');
    expect(translate('en', 'library.noResults', { query: 'Hall' })).toBe('No articles match “Hall”.');
    expect(formatCount(1904, 'sv')).toBe('1\u00a0904');
    expect(formatCount(1904, 'en')).toBe('1,904');
  });
});

describe('Swedish typography as you type', () => {
  const all = { quotes: true, dashes: true, ellipsis: true };
  it('turns straight quotes into ” on both sides', () => {
    expect(typographyFor('Hon sa "', false, all)).toEqual({ length: 1, text: '”' });
    expect(typographyFor('Hon sa ”nej"', false, all)).toEqual({ length: 1, text: '”' });
    expect(typographyFor('Hon sa "', false, { ...all, quotes: false })).toBeNull();
  });

  it('turns three dots into an ellipsis', () => {
    expect(typographyFor('Och sedan...', false, all)).toEqual({ length: 3, text: '…' });
    expect(typographyFor('Och sedan..', false, all)).toBeNull();
    expect(typographyFor('Och sedan...', false, { ...all, ellipsis: false })).toBeNull();
  });

  it('gives an answer opening with "- " the Swedish dash, only at the start of a paragraph', () => {
    expect(typographyFor('- ', true, all)).toEqual({ length: 2, text: '– ' });
    expect(typographyFor('- ', false, all)).toBeNull();
    expect(typographyFor('ja - ', true, all)).toBeNull();
    expect(typographyFor('- ', true, { ...all, dashes: false })).toBeNull();
  });
});
