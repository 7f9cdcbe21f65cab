/**
 * A value the sender already holds as JSON text. The article's body is written a block at a
 * time as it changes, so a save carries the text instead of walking the whole document again
 * on the window's main thread. Over HTTP the text is spliced into the request as it is
 * (toWireJson); over Electron's IPC it travels as a string and the main process parses it
 * (parseJsonTexts) before the contract's schema sees the value. Either way the core receives
 * the value itself, so nothing past the transport knows it was ever text.
 */
const marker = '$jsonText';

export interface JsonText {
  readonly [marker]: string;
}

/** `text` (JSON of a T) standing in for a T in a call's input. */
export function writtenAs<T>(text: string): T {
  const carried: JsonText = { [marker]: text };
  return carried as unknown as T;
}

export function isJsonText(value: unknown): value is JsonText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === marker && typeof (value as Record<string, unknown>)[marker] === 'string';
}

/**
 * The input with every JsonText replaced by the value its text holds; text that is not JSON
 * is left as it came, so the contract's schema refuses it like any other malformed input.
 * Walks only plain objects and arrays (what crosses IPC); the carried text is not walked.
 */
export function parseJsonTexts(value: unknown): unknown {
  if (isJsonText(value)) {
    try {
      return JSON.parse(value[marker]) as unknown;
    } catch {
      return value;
    }
  }
  if (Array.isArray(value)) return value.map(parseJsonTexts);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = parseJsonTexts(item);
    return out;
  }
  return value;
}
