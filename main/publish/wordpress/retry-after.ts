/**
 * Retry-After (RFC 9110 §10.2.3): either a number of seconds or an HTTP date. Returns how
 * long to wait in milliseconds, 0 for a date already past, null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date = new Date()): number | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its zone (GMT); refuse anything else rather than guess.
  if (!/GMT$|UTC$|[+-]\d{4}$/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
