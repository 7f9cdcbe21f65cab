import type { Credit } from '../article/photo';

/**
 * The credit line as the site prints it, by the newsroom's convention. The site is Swedish, so
 * the line is Swedish whatever language the interface speaks. An empty line means the credit
 * is missing: the checklist stops the photo from going out without one.
 *
 * - staff or freelance: "Foto: Alexander Isa"
 * - handout: "Foto: Privat"
 * - stock: "Foto: Pexels", or "Foto: Jane Doe/Pexels" when the photographer is known
 * - agency: "Foto: TT", or "Foto: Anna Svensson/TT"
 * - archive: "Arkivbild", keeping the original credit when known: "Arkivbild. Foto: Alexander Isa"
 * - illustration: "Illustration: Lisa Ek"
 */
export function creditLine(credit: Pick<Credit, 'type' | 'name' | 'organisation'>): string {
  const name = credit.name.trim();
  const organisation = credit.organisation.trim();
  const joined = [name, organisation].filter(Boolean).join('/');
  switch (credit.type) {
    case 'staff':
    case 'freelance':
      return joined ? `Foto: ${name || organisation}` : '';
    case 'handout':
      return 'Foto: Privat';
    case 'stock':
    case 'agency':
      return joined ? `Foto: ${joined}` : '';
    case 'archive':
      return joined ? `Arkivbild. Foto: ${joined}` : 'Arkivbild';
    case 'illustration':
      return joined ? `Illustration: ${name || organisation}` : '';
    case null:
      return '';
  }
}
