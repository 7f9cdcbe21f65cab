/**
 * Text as Swedish sorts it, in SQL with SQLite's own functions (so an index can hold it and any
 * SQLite reads the file): case folded, and å, ä, ö after z in that order. lower() folds only A–Z,
 * so the three letters are folded by hand, onto the three characters that follow z.
 */
export const swedishKey = (column: string): string =>
  `replace(replace(replace(replace(replace(replace(lower(${column}), 'å', '{'), 'Å', '{'), 'ä', '|'), 'Ä', '|'), 'ö', '}'), 'Ö', '}')`;
