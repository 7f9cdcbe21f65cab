/**
 * The outbox's pure parts: Stockholm wall-clock times to the instants WordPress gets (across
 * both daylight-saving changes), the post's title and header blocks in each of a site's page
 * settings, a photo's media texts, and the retry backoff.
 */
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../shared/article/newsroom';
import { emptyCredit, type Photo } from '../../shared/article/photo';
import { stockholmLocal, stockholmToInstant } from '../../shared/format/date';
import { wordPressGmt } from '../../shared/publish/publish';
import { defaultSitePage } from '../../shared/publish/site';
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

  const stina = {
    id: '2f1c7a52-5d47-4c2e-9a51-3c1d2f4b6a70',
    alt: 'Stina Hermansson',
    caption: 'Stina Hermansson.',
    creditLine: 'Foto: Privat.',
  } as unknown as Photo;
  const photos = new Map([[stina.id, { photo: stina, sourceUrl: 'https://telgenytt.se/wp-content/uploads/stina.jpg' }]]);
  const sponsored = {
    ...newDraft('sponsored', defaultNewsroom),
    lead: 'På socialkontoret arbetar man aktivt med introduktion\ni arbetslivet & <mer>.',
    bylines: [
      { role: 'text' as const, name: 'Helen Shabo', personId: null },
      { role: 'photo' as const, name: 'Alexander Isa', personId: null },
      { role: 'text' as const, name: 'Lucas T', personId: null },
    ],
    sponsor: 'Nordea & Co',
    mainPhotoId: stina.id,
  };
  const paragraphBlock = (className: string, html: string) =>
    `<!-- wp:paragraph {"className":"${className}"} -->\n<p class="${className}">${html}</p>\n<!-- /wp:paragraph -->`;
  const label = paragraphBlock('spalt-label', 'Annons');
  const lead = paragraphBlock(
    'spalt-lead',
    '<strong>På socialkontoret arbetar man aktivt med introduktion<br>i arbetslivet &amp; &lt;mer&gt;.</strong>',
  );
  const bylinesAndSponsor = [
    paragraphBlock('spalt-byline', 'Text: Helen Shabo, Lucas T'),
    paragraphBlock('spalt-byline', 'Foto: Alexander Isa'),
    paragraphBlock('spalt-sponsor', 'I samarbete med Nordea &amp; Co'),
  ];

  it("heads the content with the label, the main photo's caption and credit line, the lead in bold, the byline lines and the sponsor", () => {
    // The default: the theme shows the featured image itself, so only its caption and credit line go in.
    expect(serializeBlocks(headerBlocks(sponsored, photos, defaultSitePage))).toBe(
      [
        label,
        '<!-- wp:paragraph {"className":"spalt-photo-caption","fontSize":"small"} -->\n' +
          '<p class="spalt-photo-caption has-small-font-size">Stina Hermansson. <span class="spalt-credit">Foto: Privat.</span></p>\n<!-- /wp:paragraph -->',
        lead,
        ...bylinesAndSponsor,
      ].join('\n\n'),
    );
  });

  it('shows the main photo itself, with alt text, caption and credit line, where the theme does not show the featured image', () => {
    expect(serializeBlocks(headerBlocks(sponsored, photos, { themeShowsExcerpt: false, themeShowsFeaturedImage: false }))).toBe(
      [
        label,
        `<!-- wp:image {"className":"spalt-photo-${stina.id}"} -->\n<figure class="wp-block-image spalt-photo-${stina.id}">` +
          '<img src="https://telgenytt.se/wp-content/uploads/stina.jpg" alt="Stina Hermansson"/>' +
          '<figcaption class="wp-element-caption">Stina Hermansson. <span class="spalt-credit">Foto: Privat.</span></figcaption></figure>\n<!-- /wp:image -->',
        lead,
        ...bylinesAndSponsor,
      ].join('\n\n'),
    );
  });

  it('leaves the lead out where the theme shows the excerpt, and the photo where it is not on the site', () => {
    const header = serializeBlocks(headerBlocks(sponsored, new Map(), { themeShowsExcerpt: true, themeShowsFeaturedImage: true }));
    expect(header).toBe([label, ...bylinesAndSponsor].join('\n\n'));
  });

  it("puts an opinion piece's disclaimer in the byline slot, and no empty paragraph after it", () => {
    const signature = { type: 'signature', version: 1, signers: [{ name: 'Metin Hawsho', title: 'gruppledare (L)' }] };
    // As the editor leaves a body: an empty paragraph to write on below the signature, and one at the top.
    const opinion = {
      ...newDraft('opinion', defaultNewsroom),
      lead: 'Den här veckan firar vi Europadagen.',
      bylines: [{ role: 'writer' as const, name: 'Metin Hawsho', personId: null }],
      body: body(p(), p('Text.'), signature, p()),
    };
    const content = postContent(opinion, new Map(), defaultSitePage);
    expect(content).toBe(
      [
        paragraphBlock('spalt-lead', '<strong>Den här veckan firar vi Europadagen.</strong>'),
        paragraphBlock('spalt-disclaimer', 'Detta är en debatt/insändare. Åsikterna är skribentens egna.'),
        '<!-- wp:paragraph -->\n<p>Text.</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:group {"className":"spalt-signature"} -->\n<div class="wp-block-group spalt-signature"><!-- wp:paragraph -->\n' +
          '<p>Metin Hawsho<br>gruppledare (L)</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->',
      ].join('\n\n'),
    );
    expect(content).not.toContain('<p></p>');
  });
});

describe("a photo's texts on the site", () => {
  const photo = {
    id: 'x',
    hash: 'h',
    fileName: 'IMG_9098.jpg',
    alt: 'Polisbilar utanför anstalten Hall',
    caption: 'Insatsen pågick <länge>.',
    credit: {
      ...emptyCredit,
      type: 'stock',
      name: 'Jane Doe',
      organisation: 'Pexels',
      licence: 'Pexels-licensen',
      oneTimeUse: true,
      expiresOn: '2027-12-31',
    },
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
