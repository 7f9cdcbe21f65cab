/**
 * JSON for the browser-mode transport that can carry bytes: a Uint8Array anywhere in a value
 * travels as `{"$bytes": "<base64>"}` and arrives as a Uint8Array again, so the contract's
 * schemas see the same value over HTTP as over Electron's IPC.
 */
import { isJsonText } from './json-text';

const marker = '$bytes';

type Base64Codec = { encode: (bytes: Uint8Array) => string; decode: (text: string) => Uint8Array };

interface NodeBuffer {
  from(value: Uint8Array | string, encoding?: string): Uint8Array & { toString(encoding: string): string };
}

function codec(): Base64Codec {
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (buffer) {
    return {
      encode: (bytes) => buffer.from(bytes).toString('base64'),
      // A plain Uint8Array over the decoded bytes when they have their own memory (large
      // ones do), so a 50 MB photo is not copied once more; small ones share a pool, so copy.
      decode: (text) => {
        const bytes = buffer.from(text, 'base64');
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
        return own ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes);
      },
    };
  }
  return {
    encode: (bytes) => {
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    decode: (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
  };
}

/**
 * A JsonText (shared/json-text.ts) is written as the JSON it holds, not as a string, through a
 * placeholder string put back after stringifying (JSON.rawJSON would carry only primitives).
 * The placeholder opens with U+0001 and a random part, which no text a person typed holds; the
 * JSON text itself is never walked.
 */
export function toWireJson(value: unknown): string {
  const { encode } = codec();
  const texts: string[] = [];
  let nonce = '';
  const placeholder = (index: number) => `\u0001jsonText:${nonce}:${index}`;
  let written = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Uint8Array) return { [marker]: encode(item) };
    if (!isJsonText(item)) return item;
    nonce ||= Math.random().toString(36).slice(2);
    texts.push(item.$jsonText);
    return placeholder(texts.length - 1);
  });
  texts.forEach((text, index) => {
    written = written.split(JSON.stringify(placeholder(index))).join(text);
  });
  return written;
}

export function fromWireJson(text: string): unknown {
  // A reviver visits every value, which costs a 250 kB article several times a plain parse;
  // without the marker anywhere (a string holding it has its quotes escaped) there are no bytes.
  if (!text.includes(`"${marker}"`)) return JSON.parse(text) as unknown;
  const { decode } = codec();
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const entries = Object.keys(item);
      const bytes = (item as Record<string, unknown>)[marker];
      if (entries.length === 1 && typeof bytes === 'string') return decode(bytes);
    }
    return item;
  });
}
