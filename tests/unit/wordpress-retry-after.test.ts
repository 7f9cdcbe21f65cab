import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../main/publish/wordpress/retry-after';

const now = new Date('2026-03-01T12:00:00Z');

describe('Retry-After', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:01:30 GMT', now)).toBe(90_000);
  });

  it('waits no time for a date already past', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', 'soon', '-5', '1.5', 'Sun, 01 Mar 2026 12:01:30']) {
      expect(parseRetryAfter(value, now)).toBeNull();
    }
  });
});
