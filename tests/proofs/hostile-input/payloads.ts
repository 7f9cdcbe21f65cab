import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Payload {
  index: number;
  kind: string;
  text: string;
}

const corpus = fileURLToPath(new URL('../../fixtures/hostile/xss-payloads.json', import.meta.url));

/**
 * The corpus with its placeholders filled: `{{run}}` becomes a call of the page's sentinel,
 * `__pwn(N)`, and `{{id}}` a name of the payload's own, so a payload that runs says which it is.
 */
export function loadPayloads(): Payload[] {
  const file = JSON.parse(readFileSync(corpus, 'utf8')) as { payloads: Array<{ kind: string; payload: string }> };
  return file.payloads.map(({ kind, payload }, index) => ({
    index,
    kind,
    text: payload.replaceAll('{{run}}', `__pwn(${index})`).replaceAll('{{id}}', `pwn${index}`),
  }));
}

/** A bare address (no markup around it): what someone could type into an address field. */
export const isBareAddress = (payload: Payload): boolean => payload.kind === 'url' && !/[<[]/.test(payload.text);

/** Payloads joined for one field, each chunk at most `limit` characters; one payload longer than that is cut. */
export function chunks(payloads: readonly Payload[], limit: number, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const { text } of payloads) {
    const piece = text.slice(0, limit);
    if (current !== '' && current.length + separator.length + piece.length > limit) {
      out.push(current);
      current = '';
    }
    current = current === '' ? piece : `${current}${separator}${piece}`;
  }
  if (current !== '') out.push(current);
  return out;
}
