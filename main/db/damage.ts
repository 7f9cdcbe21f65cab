/** Errors by which SQLite says a database file is damaged (or not a database at all). */
export function isDamageError(error: unknown, { atOpen = false } = {}): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // At open, an I/O error reading the first pages means the same to the user: it cannot be read.
  return atOpen ? /^SQLITE_(NOTADB|CORRUPT|IOERR)/.test(code) : /^SQLITE_(NOTADB|CORRUPT)/.test(code);
}
