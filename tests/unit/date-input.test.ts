import { describe, expect, it } from 'vitest';
import { fieldText, parseDateText, parseDateTimeText, parseFieldText, parseTimeText } from '../../shared/format/date-input';

describe('date and time fields', () => {
  it('take dates in the Swedish form, and its shorter ways to type them', () => {
    expect(parseDateText('2026-12-07')).toBe('2026-12-07');
    expect(parseDateText(' 2026-12-7 ')).toBe('2026-12-07');
    expect(parseDateText('20261207')).toBe('2026-12-07');
    expect(parseDateText('2028-02-29')).toBe('2028-02-29');
    for (const text of ['12/07/2026', '7 december 2026', '2026-13-01', '2026-02-30', '2027-02-29', '26-12-07', '2026-12-07x']) {
      expect(parseDateText(text), text).toBeNull();
    }
  });

  it('take times on the 24-hour clock, never AM or PM', () => {
    expect(parseTimeText('05:00')).toBe('05:00');
    expect(parseTimeText('5:00')).toBe('05:00');
    expect(parseTimeText('17.30')).toBe('17:30');
    expect(parseTimeText('0500')).toBe('05:00');
    expect(parseTimeText('9')).toBe('09:00');
    for (const text of ['05:00 AM', '5 PM', '24:00', '12:60', '5:0', '']) expect(parseTimeText(text), text).toBeNull();
  });

  it('take a date and a time together, apart by a space or a T', () => {
    expect(parseDateTimeText('2026-12-07 05:00')).toBe('2026-12-07T05:00');
    expect(parseDateTimeText('2026-12-07T05:00')).toBe('2026-12-07T05:00');
    expect(parseDateTimeText('2026-12-7  17.30')).toBe('2026-12-07T17:30');
    for (const text of ['12/07/2026, 05:00 AM', '2026-12-07', '05:00', '2026-12-07 05:00 extra']) {
      expect(parseDateTimeText(text), text).toBeNull();
    }
    expect(fieldText('datetime', '2026-12-07T05:00')).toBe('2026-12-07 05:00');
  });

  it('tell an empty field from one that cannot be read', () => {
    expect(parseFieldText('date', '  ')).toBe('');
    expect(parseFieldText('date', 'i morgon')).toBeNull();
    expect(parseFieldText('time', '5')).toBe('05:00');
  });
});
