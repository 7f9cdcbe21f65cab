import { z } from 'zod';
import { ArticleKind, ArticleStatus } from './article';

/** The library's columns a person can sort by, by clicking the column's header. */
export const LibrarySortColumn = z.enum(['headline', 'status', 'kind', 'changed']);
export type LibrarySortColumn = z.infer<typeof LibrarySortColumn>;

export const SortDirection = z.enum(['ascending', 'descending']);
export type SortDirection = z.infer<typeof SortDirection>;

export const LibrarySort = z.object({ column: LibrarySortColumn, direction: SortDirection });
export type LibrarySort = z.infer<typeof LibrarySort>;

/** The direction a column sorts in at its first click: the newest first, the rest from the top. */
export const firstDirection = (column: LibrarySortColumn): SortDirection => (column === 'changed' ? 'descending' : 'ascending');

/** Clicking a header: the same column again reverses it, another column (or a search's best first) starts in its own first direction. */
export function nextSort(shown: LibrarySort | null, column: LibrarySortColumn): LibrarySort {
  if (shown?.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: shown.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The library's own order: last changed first. */
export const lastChangedFirst: LibrarySort = { column: 'changed', direction: 'descending' };

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
