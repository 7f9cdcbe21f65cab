import { z } from 'zod';
import { ArticleKind, ArticleStatus } from './article';
import { librarySortColumns, sortDirections } from './library-sort';

/** The library's columns a person can sort by (library-sort.ts has the click that sorts). */
export const LibrarySortColumn = z.enum(librarySortColumns);
export type LibrarySortColumn = z.infer<typeof LibrarySortColumn>;

export const SortDirection = z.enum(sortDirections);
export type SortDirection = z.infer<typeof SortDirection>;

export const LibrarySort = z.object({ column: LibrarySortColumn, direction: SortDirection });
export type LibrarySort = z.infer<typeof LibrarySort>;

/** What the library shows: one status, one kind, or (null) all of them. */
export const LibraryFilter = z.object({
  status: ArticleStatus.nullable().default(null),
  kind: ArticleKind.nullable().default(null),
});
export type LibraryFilter = z.infer<typeof LibraryFilter>;

/** A cursor's values: the last row's sort key (text or number), ending with its seq. */
const CursorValues = z
  .array(z.union([z.string().max(2_000), z.number().int()]))
  .min(2)
  .max(4);

/** Reads a cursor's values, or null when it is not one this library gave out. */
export function readCursorValues(cursor: string): Array<string | number> | null {
  try {
    const parsed = CursorValues.safeParse(JSON.parse(cursor));
    return parsed.success && Number.isInteger(parsed.data.at(-1)) ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Where a page of the library ended, as the core gave it out: the next page starts after it. */
export const ArticlePageCursor = z
  .string()
  // A headline of 500 control characters is 3,000 once escaped as JSON.
  .max(4_000)
  .refine((cursor) => readCursorValues(cursor) !== null, { message: 'not a cursor of the library' });
