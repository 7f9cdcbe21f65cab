/**
 * Spalt's one rule for addresses. A link goes to http, https or mailto; a photo comes from the
 * library ("spalt-photo:<id>") or from http or https; a site is an http or https address. The
 * core refuses anything else on save and import, every writer drops what slipped past, and the
 * editor filters pastes and typed addresses with the same functions.
 *
 * Addresses are read the way a browser reads them (new URL strips tabs and newlines inside and
 * spaces and control characters around, and lowercases the scheme), so "Java\tScript:" is seen
 * as the javascript: it would become.
 */

const linkProtocols: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const webProtocols: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Whitespace and control characters: never part of an address Spalt stores. */
const unsafeCharacters = /[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** An absolute address with one of these schemes, or null; whitespace anywhere refuses it. */
function absolute(raw: string, protocols: ReadonlySet<string>): URL | null {
  if (raw === '' || unsafeCharacters.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return protocols.has(url.protocol) ? url : null;
}

/** An absolute http or https address with a host name: a web page, a photo on the web, a site. */
export function webAddress(raw: string): URL | null {
  const url = absolute(raw, webProtocols);
  return url && url.hostname !== '' ? url : null;
}

/** True for an absolute http, https or mailto address; everything else is refused. */
export function isAllowedLinkUrl(raw: string): boolean {
  const url = absolute(raw.trim(), linkProtocols);
  if (!url) return false;
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

/** How a body refers to a photo of Spalt's own library. */
export const libraryPhotoPrefix = 'spalt-photo:';
const libraryPhotoSource = /^spalt-photo:[A-Za-z0-9_-]+$/;

/** Where a stored photo may come from: the library, or an http or https address. */
export function isAllowedPhotoSource(src: string): boolean {
  return libraryPhotoSource.test(src) || webAddress(src) !== null;
}

/** A photo inside an exported file: its bytes as a data: address (raster formats only, no SVG). */
const embeddedPhoto = /^data:image\/(jpeg|png|gif|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

/** A reference with no scheme of its own ("bilder/x.jpg"), which a browser resolves against the page. */
function isRelativeReference(raw: string): boolean {
  if (raw === '' || unsafeCharacters.test(raw)) return false;
  try {
    // A base with a scheme of our own: a relative reference keeps it, anything with a scheme does not.
    return new URL(raw, 'spalt-relative://base/').protocol === 'spalt-relative:';
  } catch {
    return false;
  }
}

/**
 * A photo address a written file may carry: a stored one, or what an export made of a library
 * photo (its bytes inside an HTML file, a file beside a Markdown file).
 */
export function isWritablePhotoSource(src: string): boolean {
  return isAllowedPhotoSource(src) || embeddedPhoto.test(src) || isRelativeReference(src);
}

/**
 * An address inside markup Spalt keeps verbatim (a block it cannot read): empty, relative to the
 * site, or http, https or mailto.
 */
export function isAllowedMarkupUrl(raw: string): boolean {
  const value = raw.trim();
  if (value === '' || isRelativeReference(value)) return true;
  return absolute(value, linkProtocols) !== null;
}

/** Attributes whose value a browser loads or follows as an address. */
export const urlAttributes: ReadonlySet<string> = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'ping',
  'manifest',
  'codebase',
  'icon',
  'profile',
  'usemap',
  'srcset',
  'imagesrcset',
]);

/** The addresses in one attribute's value: srcset lists several, each before its size. */
export function addressesInAttribute(name: string, value: string): string[] {
  if (name !== 'srcset' && name !== 'imagesrcset') return [value];
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
}
