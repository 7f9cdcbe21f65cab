import { describe, expect, it } from 'vitest';
import { isJsonText, parseJsonTexts, writtenAs } from '../../shared/json-text';
import { fromWireJson, toWireJson } from '../../shared/wire';

const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hej "Södertälje" \\u0001' }] }] } };

describe('JSON text carried in a call', () => {
  it('is written into the request as the JSON it holds, beside bytes', () => {
    const input = {
      id: 'a',
      draft: { headline: 'Rubrik', body: writtenAs<typeof body>(JSON.stringify(body)) },
      photo: new Uint8Array([1, 2, 3]),
    };
    const wire = toWireJson(input);
    expect(wire).not.toContain('$jsonText');
    expect(fromWireJson(wire)).toEqual({ id: 'a', draft: { headline: 'Rubrik', body }, photo: new Uint8Array([1, 2, 3]) });
  });

  it('reads bytes back only where the sender wrote them, and a text that names the marker as text', () => {
    const typed = 'Skriv "$bytes" i fältet';
    expect(fromWireJson(toWireJson({ typed, photo: new Uint8Array([9]) }))).toEqual({ typed, photo: new Uint8Array([9]) });
    expect(fromWireJson(toWireJson({ typed, nested: [{ $bytes: 'AQ==' }] }))).toEqual({ typed, nested: [new Uint8Array([1])] });
    expect(fromWireJson(toWireJson({ typed }))).toEqual({ typed });
  });

  it('leaves a string that only looks like the placeholder as the person typed it', () => {
    const typed = '\u0001jsonText:abc:0';
    const wire = toWireJson({ text: typed, body: writtenAs<object>('{"a":1}') });
    expect(fromWireJson(wire)).toEqual({ text: typed, body: { a: 1 } });
  });

  it('is parsed where it arrives as an object (Electron IPC), and malformed text is left for the schema to refuse', () => {
    const input = {
      id: 'a',
      list: [writtenAs<object>('[1,2]')],
      draft: { body: writtenAs<object>(JSON.stringify(body)) },
      broken: writtenAs<object>('{'),
    };
    const parsed = parseJsonTexts(input) as Record<string, unknown>;
    expect(parsed).toMatchObject({ id: 'a', list: [[1, 2]], draft: { body } });
    expect(isJsonText(parsed.broken)).toBe(true);
    expect(isJsonText({ $jsonText: 'x', other: 1 })).toBe(false);
  });
});
