/**
 * A value made the first time it is asked for. Spalt's Intl objects are made this way: the
 * first one of a process or page loads the ICU locale data (tens of milliseconds), and neither
 * browser mode's server nor the editor needs them before it is ready for the journalist.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
