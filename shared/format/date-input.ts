/**
 * What a date or time field takes, whatever the computer's locale: the Swedish forms
 * 2026-12-07 and 05:00 (24-hour clock), and the obvious shorter ways to type them.
 */
export type DateFieldKind = 'date' | 'time' | 'datetime';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-07", "2026-12-7" or "20261207" as 2026-12-07; null for anything else, or a day that does not exist. */
export function parseDateText(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim()) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "05:00", "5:00", "05.00", "0500" or "5" as 05:00; null for anything else. */
export function parseTimeText(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed) ?? /^(\d{2})(\d{2})$/.exec(trimmed) ?? /^(\d{1,2})()$/.exec(trimmed);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === '' ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** A date and a time, apart by a space or a T, as 2026-12-07T05:00 (what the publish form holds). */
export function parseDateTimeText(text: string): string | null {
  const parts = text.trim().split(/\s+|T/);
  if (parts.length !== 2) return null;
  const date = parseDateText(parts[0]!);
  const time = parseTimeText(parts[1]!);
  return date === null || time === null ? null : `${date}T${time}`;
}

/** The field's value from what was typed: the value, '' for nothing, null when it cannot be read. */
export function parseFieldText(kind: DateFieldKind, text: string): string | null {
  if (text.trim() === '') return '';
  return kind === 'date' ? parseDateText(text) : kind === 'time' ? parseTimeText(text) : parseDateTimeText(text);
}

/** How a value reads in the field: 2026-12-07, 05:00, or 2026-12-07 05:00. */
export function fieldText(kind: DateFieldKind, value: string): string {
  return kind === 'datetime' ? value.replace('T', ' ') : value;
}
