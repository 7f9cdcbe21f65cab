/**
 * An article saved before the node registry opens and saves identically, and every conversion
 * of it (block markup both ways, Markdown, plain text, the photos and articles it refers to, the
 * URL policy) gives what the code gave before, byte for byte. `before.json` was captured once
 * from that code (tests/fixtures/body-conversions/capture.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '../../shared/document/body';
import { everyBlockBody } from '../fixtures/body-conversions/every-block';
import { seedArticles } from '../fixtures/seeds';
import { bodyConversions, type BodyConversions } from '../support/body-conversions';

const before = JSON.parse(readFileSync(new URL('../fixtures/body-conversions/before.json', import.meta.url), 'utf8')) as Record<
  string,
  BodyConversions
>;
const bodies: Record<string, BodyDocument> = {
  ...Object.fromEntries(Object.entries(seedArticles).map(([name, seed]) => [name, seed.body])),
  everyBlock: everyBlockBody,
};

describe.each(Object.entries(bodies))('%s', (name, body) => {
  const now = bodyConversions(body);
  const then = before[name];

  it('was captured before', () => {
    expect(then).toBeDefined();
  });

  it.each(Object.keys(now) as Array<keyof BodyConversions>)('%s is what it was before, byte for byte', (key) => {
    expect(JSON.stringify(now[key])).toBe(JSON.stringify(then?.[key]));
  });
});

it('holds every body and nothing else', () => {
  expect(Object.keys(before).sort()).toEqual(Object.keys(bodies).sort());
});
