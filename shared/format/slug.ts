/**
 * A headline as a file or address name: "Starkare Europa, starkare Sverige" →
 * "starkare-europa-starkare-sverige". Letters lose their accents (å, ä → a; ö → o; é → e), as
 * WordPress's own sanitize_title does for Swedish.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
