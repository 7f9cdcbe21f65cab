/** Columns that hold JSON, or NULL for "none". */
export const fromJsonColumn = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export const toJsonColumn = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));
