/**
 * The library's sort orders as plain values and the click that changes them: the library and the
 * trash sort without loading a schema library; library-order.ts makes the contract's schemas of
 * them.
 */

/** The library's columns a person can sort by, by clicking the column's header. */
export const librarySortColumns = ['headline', 'status', 'kind', 'changed'] as const;
export type LibrarySortColumn = (typeof librarySortColumns)[number];

export const sortDirections = ['ascending', 'descending'] as const;
export type SortDirection = (typeof sortDirections)[number];

export interface LibrarySort {
  column: LibrarySortColumn;
  direction: SortDirection;
}

/** The direction a column sorts in at its first click: the newest first, the rest from the top. */
export const firstDirection = (column: LibrarySortColumn): SortDirection => (column === 'changed' ? 'descending' : 'ascending');

/** Clicking a header: the same column again reverses it, another column (or a search's best first) starts in its own first direction. */
export function nextSort(shown: LibrarySort | null, column: LibrarySortColumn): LibrarySort {
  if (shown?.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: shown.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** The library's own order: last changed first. */
export const lastChangedFirst: LibrarySort = { column: 'changed', direction: 'descending' };
