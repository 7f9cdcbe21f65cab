/**
 * The outbox's pure parts: Stockholm wall-clock times to the instants WordPress gets (across
 * both daylight-saving changes), the post's title and header blocks, a photo's media texts,
 * and the retry backoff.
 */
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../shared/article/newsroom';
import { emptyCredit, type Photo } from '../../shared/article/photo';
import { stockholmLocal, stockholmToInstant, wordPressGmt } from '../../shared/publish/publish';
import { headerBlocks, mediaTexts, postContent, postTitle } from '../../main/publish/outbox/content';
import { defaultTiming } from '../../main/publish/outbox/context';
import { retryDelay } from '../../main/publish/outbox/run-job';
import { serializeBlocks } from '../../shared/document/markup/block';
import { body, p } from '../fixtures/seeds/build';

const iso = (local: string) => stockholmToInstant(local)?.toISOString() ?? null;

describe('Stockholm time to UTC', () => {
  it('is an hour behind in winter and two in summer', () => {
    expect(iso('2027-01-15T05:00')).toBe('2027-01-15T04:00:00.000Z');
    expect(iso('2027-07-15T05:00')).toBe('2027-07-15T03:00:00.000Z');
    expect(iso('2027-12-31T23:30')).toBe('2027-12-31T22:30:00.000Z');
  });

  it('is right on both sides of the spring change, and has no 02:30 that night', () => {
    // 28 March 2027: 02:00 CET becomes 03:00 CEST.
    expect(iso('2027-03-28T01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(iso('2027-03-28T03:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(iso('2027-03-28T05:00')).toBe('2027-03-28T03:00:00.000Z');
    expect(iso('2027-03-28T02:30')).toBeNull();
    expect(iso('2027-03-27T05:00')).toBe('2027-03-27T04:00:00.000Z');
  });

  it('is right on both sides of the autumn change, taking the first 02:30 of the night that has two', () => {
    // 31 October 2027: 03:00 CEST becomes 02:00 CET.
    expect(iso('2027-10-31T01:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(iso('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(iso('2027-10-31T03:30')).toBe('2027-10-31T02:30:00.000Z');
    expect(iso('2027-10-31T05:00')).toBe('2027-10-31T04:00:00.000Z');
  });

  it('reads back as the same wall-clock time, and goes to WordPress without a zone', () => {
    for (const local of ['2027-01-15T05:00', '2027-07-15T05:00', '2027-10-31T02:30']) {
      expect(stockholmLocal(stockholmToInstant(local)!)).toBe(local);
    }
    expect(wordPressGmt(stockholmToInstant('2027-01-15T05:00')!)).toBe('2027-01-15T04:00:00');
    expect(iso('2027-1-15T05:00')).toBeNull();
  });
});

describe('the post', () => {
  it('prints the kicker before the headline as the site does', () => {
    expect(postTitle('INSÄNDARE', 'Starkare Europa, starkare Sverige')).toBe('INSÄNDARE: Starkare Europa, starkare Sverige');
    expect(postTitle('INSÄNDARE:', 'Starkare Europa')).toBe('INSÄNDARE: Starkare Europa');
    expect(postTitle('  ', 'Stor insats vid anstalten Hall ')).toBe('Stor insats vid anstalten Hall');
  });

  it('heads the content with the label, the byline lines and the sponsor, as paragraphs with class names', () => {
    const sponsored = {
      ...newDraft('sponsored', defaultNewsroom),
      bylines: [
        { role: 'text' as const, name: 'Helen Shabo', personId: null },
        { role: 'photo' as const, name: 'Alexander Isa', personId: null },
        { role: 'text' as const, name: 'Lucas T', personId: null },
      ],
      sponsor: 'Nordea & Co',
    };
    expect(serializeBlocks(headerBlocks(sponsored))).toBe(
      [
        '<!-- wp:paragraph {"className":"spalt-label"} -->\n<p class="spalt-label">Annons</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:paragraph {"className":"spalt-byline"} -->\n<p class="spalt-byline">Text: Helen Shabo, Lucas T</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:paragraph {"className":"spalt-byline"} -->\n<p class="spalt-byline">Foto: Alexander Isa</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:paragraph {"className":"spalt-sponsor"} -->\n<p class="spalt-sponsor">I samarbete med Nordea &amp; Co</p>\n<!-- /wp:paragraph -->',
      ].join('\n\n'),
    );
  });

  it("puts an opinion piece's disclaimer in the byline slot", () => {
    const opinion = { ...newDraft('opinion', defaultNewsroom), bylines: [{ role: 'writer' as const, name: 'Metin Hawsho', personId: null }], body: body(p('Text.')) };
    expect(postContent(opinion, new Map())).toBe(
      '<!-- wp:paragraph {"className":"spalt-disclaimer"} -->\n<p class="spalt-disclaimer">Detta är en debatt/insändare. Åsikterna är skribentens egna.</p>\n<!-- /wp:paragraph -->' +
        '\n\n<!-- wp:paragraph -->\n<p>Text.</p>\n<!-- /wp:paragraph -->',
    );
  });
});

describe("a photo's texts on the site", () => {
  const photo = {
    id: 'x', hash: 'h', fileName: 'IMG_9098.jpg', alt: 'Polisbilar utanför anstalten Hall', caption: 'Insatsen pågick <länge>.',
    credit: { ...emptyCredit, type: 'stock', name: 'Jane Doe', organisation: 'Pexels', licence: 'Pexels-licensen', oneTimeUse: true, expiresOn: '2027-12-31' },
    creditLine: 'Foto: Jane Doe/Pexels',
  } as unknown as Photo;

  it('carries the caption with the credit line, and credit and licence in the description', () => {
    expect(mediaTexts(photo)).toEqual({
      alt_text: 'Polisbilar utanför anstalten Hall',
      caption: 'Insatsen pågick &lt;länge&gt;. <span class="spalt-credit">Foto: Jane Doe/Pexels</span>',
      description: 'Foto: Jane Doe/Pexels\nLicens: Pexels-licensen\nFår publiceras en gång.\nLicensen gäller till och med 2027-12-31.',
      title: 'Polisbilar utanför anstalten Hall',
    });
  });
});

describe('retry backoff', () => {
  it('doubles from the base with jitter, up to the cap', () => {
    const timing = { ...defaultTiming, baseMs: 1_000, maxMs: 30_000 };
    expect(retryDelay(1, timing, () => 0.5)).toBe(1_000);
    expect(retryDelay(2, timing, () => 0.5)).toBe(2_000);
    expect(retryDelay(4, timing, () => 0)).toBe(6_400);
    expect(retryDelay(4, timing, () => 1)).toBe(9_600);
    expect(retryDelay(40, timing, () => 0.5)).toBe(30_000);
    expect(retryDelay(1, defaultTiming, () => 0.5)).toBe(2_000);
    expect(retryDelay(30, defaultTiming, () => 0.5)).toBe(300_000);
  });
});
