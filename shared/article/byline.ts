import { z } from 'zod';

/** The roles a byline names, as the site prints them: "Text:", "Skribent:", "Foto:". */
export const BylineRole = z.enum(['text', 'writer', 'photo']);
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
