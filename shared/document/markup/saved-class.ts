/**
 * Classes WordPress's editor writes on some blocks' elements in 7.1 and not in 6.1 (added in
 * 6.2 for headings, 6.6 for lists). Spalt writes the 6.1 form, which both versions open as
 * valid; a post saved in a newer editor has them, and reads back the same.
 */
export const headingClass = 'wp-block-heading';
const listClass = 'wp-block-list';

/** A heading's opening tag, as Spalt writes it and as newer editors save it. */
export function headingOpenings(tag: string): string[] {
  return [`<${tag}>`, `<${tag} class="${headingClass}">`];
}

/** A list's opening tag: `<ol start="3">`, or `<ol start="3" class="wp-block-list">` from a newer editor. */
export function listOpenings(tag: string, attributes: string): string[] {
  return [`<${tag}${attributes}>`, `<${tag}${attributes} class="${listClass}">`];
}
