import { z } from 'zod';
import { bylineRoles, bylineSiteLabels } from './article-fields';

export const BylineRole = z.enum(bylineRoles);
export type BylineRole = z.infer<typeof BylineRole>;

export const Byline = z.object({
  role: BylineRole,
  name: z.string().trim().min(1).max(120),
  /** The person in the registry, when the name was picked from it. */
  personId: z.uuid().nullable(),
});
export type Byline = z.infer<typeof Byline>;

/** Names for search and lists: "Alexander Isa, Lucas T". */
export function bylineNames(bylines: readonly Byline[]): string {
  return bylines.map((b) => b.name).join(', ');
}

/** The bylines as the site prints them, one line per role: "Text: Alexander Isa, Lucas T". */
export function bylineLines(bylines: readonly Byline[]): string[] {
  const byRole = new Map<BylineRole, string[]>();
  for (const byline of bylines) byRole.set(byline.role, [...(byRole.get(byline.role) ?? []), byline.name]);
  return [...byRole].map(([role, names]) => `${bylineSiteLabels[role]}: ${names.join(', ')}`);
}
