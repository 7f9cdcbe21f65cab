/** Whether a value (read from the page, a select's or the document's) is one of a fixed list's. */
export function isOneOf<const T extends string>(choices: readonly T[], value: unknown): value is T {
  return (choices as readonly unknown[]).includes(value);
}
