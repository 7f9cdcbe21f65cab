/** Link targets a published article may carry. */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto address; everything else is refused. */
export function isAllowedLinkUrl(raw: string): boolean {
  const value = raw.trim();
  if (value === '' || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  return url.hostname !== '';
}

/** Adds https:// to a bare address such as "lokaltidningen.se/nyheter". */
export function normalizeLinkUrl(raw: string): string {
  const value = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^[^\s/]+\.[^\s/]+/.test(value)) return `https://${value}`;
  return value;
}
