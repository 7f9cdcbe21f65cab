import type { LibrarySort, LibrarySortColumn } from '../../../shared/article/library-order';

/** A table's sorting: the order shown (null: a search's best first), and what a header's click asks for. */
export interface Sorting<Column extends string = LibrarySortColumn> {
  shown: { column: Column; direction: LibrarySort['direction'] } | null;
  onSort: (column: Column) => void;
}

interface SortHeaderProps<Column extends string> {
  column: Column;
  label: string;
  sorting: Sorting<Column> | undefined;
  className?: string;
}

/** A column header that sorts the table by its column; aria-sort tells assistive technology which way. */
export function SortHeader<Column extends string>({ column, label, sorting, className }: SortHeaderProps<Column>) {
  if (!sorting) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const direction = sorting.shown?.column === column ? sorting.shown.direction : undefined;
  return (
    <th scope="col" className={className} aria-sort={direction}>
      <button type="button" className="sort-header" onClick={() => sorting.onSort(column)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
