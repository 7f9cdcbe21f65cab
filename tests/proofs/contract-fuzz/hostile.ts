/**
 * The malformed and hostile calls: every valid input spoiled in every way we know, as values
 * (wrong types, missing and extra fields, huge strings, deep nesting, prototype keys), as bytes
 * (invalid UTF-8, broken JSON) and as headers (wrong content types, no length).
 */
import { toWireJson } from '../../../shared/wire';

export interface Case {
  /** What was done, for the report of a failure. */
  label: string;
  body: Buffer;
  contentType?: string | null;
  chunked?: boolean;
}

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Values put in place of a field, or of the whole input. */
export const hostileValues: Array<[label: string, value: unknown]> = [
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['minus one', -1],
  ['a fraction', 1.5],
  ['a huge number', 1e308],
  ['an empty string', ''],
  ['a short string', 'x'],
  ['a NUL', '\u0000'],
  ['a lone surrogate', '\ud800'],
  ['a script', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a path out', '../../../../etc/passwd'],
  ['a broken escape', '%E0%A4%A'],
  ['SQL', "'; DROP TABLE articles; --"],
  ['100 kB of text', 'å'.repeat(50_000)],
  ['an empty array', []],
  ['an array of nulls', [null, null]],
  ['an empty object', {}],
  ['__proto__', JSON.parse('{"__proto__":{"polluted":true}}')],
  ['constructor.prototype', { constructor: { prototype: { polluted: true } } }],
  ['nesting 2,000 deep', nested(2_000, 'x')],
  ['bytes where none belong', new Uint8Array([0xff, 0xd8, 0xff])],
  ['a broken bytes marker', { $bytes: 5 }],
];

type Path = Array<string | number>;

/** Every path into the value, to `depth` levels: object keys and the first item of arrays. */
function pathsOf(value: unknown, depth: number, at: Path = []): Path[] {
  if (depth === 0 || value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  const keys: Array<string | number> = Array.isArray(value) ? (value.length > 0 ? [0] : []) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...pathsOf((value as Record<string | number, unknown>)[key], depth - 1, [...at, key])]);
}

type Holder = Record<string | number, unknown>;

function holderOf(value: unknown, path: Path): Holder {
  return path.slice(0, -1).reduce<Holder>((holder, key) => holder[key] as Holder, value as Holder);
}

/** A copy of the value with `change` made where the path ends. */
function withAt(value: unknown, path: Path, change: (holder: Holder, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  change(holderOf(copy, path), path[path.length - 1] as string | number);
  return copy;
}

const json = (value: unknown) => Buffer.from(toWireJson(value));

/** Every spoiled version of one valid input. */
export function casesFor(valid: Record<string, unknown>): Case[] {
  const cases: Case[] = hostileValues.map(([label, value]) => ({ label: `the whole input: ${label}`, body: json(value) }));
  for (const path of pathsOf(valid, 8)) {
    const where = path.join('.');
    // A field can go missing; an array's item cannot (deleting it leaves a hole, not JSON).
    if (!Array.isArray(holderOf(valid, path))) {
      cases.push({ label: `${where} missing`, body: json(withAt(valid, path, (holder, key) => delete holder[key])) });
    }
    for (const [label, value] of hostileValues) {
      cases.push({ label: `${where}: ${label}`, body: json(withAt(valid, path, (holder, key) => (holder[key] = structuredClone(value)))) });
    }
  }
  cases.push(
    { label: 'an extra field', body: json({ ...valid, extra: 'x' }) },
    { label: 'an extra __proto__ key', body: Buffer.from(toWireJson(valid).replace(/^\{/, '{"__proto__":{"polluted":true},')) },
    { label: 'a duplicate key', body: Buffer.from(toWireJson(valid).replace(/^\{/, '{"id":42,')) },
    { label: 'a 3 MB string', body: json({ ...valid, [Object.keys(valid)[0] ?? 'x']: 'x'.repeat(3 * 1024 * 1024) }) },
    { label: 'a 5 MB body', body: json({ ...valid, padding: 'x'.repeat(5 * 1024 * 1024) }) },
    { label: 'a 5 MB body with no length', body: json({ ...valid, padding: 'x'.repeat(5 * 1024 * 1024) }), chunked: true },
    { label: 'nesting 200,000 deep', body: Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) },
    {
      label: 'invalid UTF-8 in a string',
      body: Buffer.concat([Buffer.from('{"query":"'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('"}')]),
    },
    { label: 'an overlong slash', body: Buffer.concat([Buffer.from('{"id":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]) },
    { label: 'a cut-off sequence', body: Buffer.concat([json(valid).subarray(0, -2), Buffer.from([0xe0, 0xa4]), Buffer.from('"}')]) },
    { label: 'UTF-16', body: Buffer.from(`\ufeff${toWireJson(valid)}`, 'utf16le') },
    { label: 'a UTF-8 byte order mark', body: Buffer.from(`\ufeff${toWireJson(valid)}`) },
    { label: 'cut-off JSON', body: json(valid).subarray(0, Math.max(1, json(valid).length - 3)) },
    { label: 'trailing garbage', body: Buffer.from(`${toWireJson(valid)} x`) },
    { label: 'not JSON at all', body: Buffer.from('name=value&x=1') },
    { label: 'a number too large', body: Buffer.from('1e999999') },
    { label: 'as text/plain', body: json(valid), contentType: 'text/plain' },
    { label: 'as a form', body: Buffer.from('id=1'), contentType: 'application/x-www-form-urlencoded' },
    { label: 'as multipart', body: json(valid), contentType: 'multipart/form-data; boundary=x' },
    { label: 'in Latin-1', body: json(valid), contentType: 'application/json; charset=iso-8859-1' },
    { label: 'with no content type', body: json(valid), contentType: null },
  );
  return cases;
}
