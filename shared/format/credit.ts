import type { Credit, CreditType } from '../article/photo';

/**
 * The newsroom's one name for each credit type, in Swedish: the interface's Swedish, the
 * credits report and the credit line all use these. "Bildbyrå" is an agency like TT or
 * Scanpix; "Bildbank" is a stock library like Pexels.
 */
export const creditTypeNames: Readonly<Record<CreditType, string>> = {
  staff: 'Egen personal',
  freelance: 'Frilans',
  handout: 'Privat',
  stock: 'Bildbank',
  agency: 'Bildbyrå',
  archive: 'Arkivbild',
  illustration: 'Illustration',
};

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
      return `Foto: ${creditTypeNames.handout}`;
    case 'stock':
    case 'agency':
      return joined ? `Foto: ${joined}` : '';
    case 'archive':
      return joined ? `${creditTypeNames.archive}. Foto: ${joined}` : creditTypeNames.archive;
    case 'illustration':
      return joined ? `${creditTypeNames.illustration}: ${name || organisation}` : '';
    case null:
      return '';
  }
}
