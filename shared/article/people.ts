import { z } from 'zod';

/** Staff appear in bylines and credits; outside writers sign opinion pieces and freelance. */
export const PersonKind = z.enum(['reporter', 'photographer', 'editor', 'outside']);
export type PersonKind = z.infer<typeof PersonKind>;

export const PersonInput = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(120),
  kind: PersonKind,
  /** "gruppledare (L)", "fil dr psykologi", "reporter". */
  title: z.string().trim().max(200),
});
export type PersonInput = z.infer<typeof PersonInput>;

export interface Person {
  id: string;
  name: string;
  kind: PersonKind;
  title: string;
}

/** The people table's columns a person can sort by. */
export const PeopleSortColumn = z.enum(['name', 'kind', 'title']);
export type PeopleSortColumn = z.infer<typeof PeopleSortColumn>;

export const PeopleSort = z.object({ column: PeopleSortColumn, direction: z.enum(['ascending', 'descending']) });
export type PeopleSort = z.infer<typeof PeopleSort>;
