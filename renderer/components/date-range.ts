/** A period chosen in two date fields; null while a field holds what cannot be read as a date. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** Both ends given, readable, and in order. */
export function isDateRange(range: DateRange): range is { from: string; to: string } {
  return range.from !== null && range.to !== null && range.from !== '' && range.to !== '' && range.from <= range.to;
}

/** Both ends readable, but the end before the start. */
export function isBackwards(range: DateRange): boolean {
  return range.from !== null && range.to !== null && range.from !== '' && range.to !== '' && range.from > range.to;
}
