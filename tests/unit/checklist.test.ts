import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { blocksPublishing, checkArticle, type ChecklistRule, type LinkedArticle } from '../../shared/article/checklist';
import { looksLikeFileName, type PhotoFacts } from '../../shared/article/photo-rights';
import { changeKind, newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../shared/article/newsroom';
import type { BodyDocument } from '../../shared/document/body';

const published = '7b0c2a5e-7a43-4d8e-9a55-0c1f7d2b6b11';
const ctx = {
  newsroom: defaultNewsroom,
  linkedArticle: (id: string): LinkedArticle => (id === published ? { state: 'ready' } : { state: 'missing' }),
};

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } }) as unknown as BodyDocument;
const photo = (fields: Record<string, unknown>) => ({
  type: 'photo',
  version: 1,
  src: 'spalt-photo:1',
  photoId: null,
  alt: 'Polisbilar utanför anstalten Hall',
  caption: '',
  credit: 'Foto: Alexander Isa',
  ...fields,
});

/** A news story that passes every rule. */
function goodNews(partial: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    ...newDraft('news', defaultNewsroom),
    headline: 'Stor insats vid anstalten Hall i Södertälje',
    lead: 'En omfattande insats med polis och ambulans har genomförts vid anstalten Hall.',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    body: body(photo({}), paragraph(text('Vid lunchtid på torsdagen mottog SOS Alarm ett samtal.'))),
    ...partial,
  };
}

const rulesOf = (draft: ArticleDraft) => checkArticle(draft, ctx).map((item) => item.rule);

function expectOnly(draft: ArticleDraft, rule: ChecklistRule) {
  expect(rulesOf(draft)).toEqual([rule]);
}

describe('the pre-publish checklist', () => {
  it('names a photo block with no image, a photo of a submission that never arrived, once the library is known', () => {
    const withLibrary = { ...ctx, photos: { today: '2026-11-02', articleId: null, facts: () => undefined } };
    const draft = goodNews({ body: body(paragraph(text('Först.')), photo({ src: '', alt: 'Bron sedd från kajen' })) });
    expect(checkArticle(draft, withLibrary)).toEqual([
      { rule: 'photo.notReceived', severity: 'error', params: { name: 'Bron sedd från kajen' }, target: { block: 1 } },
    ]);
    // The review queue judges a post before it is opened, with no library: the photo is still on its way.
    expect(checkArticle(draft, ctx)).toEqual([]);
  });

  it('lists the words spelling does not know as warnings at their block and occurrence, which never stop publishing', () => {
    const draft = goodNews({ body: body(photo({}), paragraph(text('Inom sociatjänsten, sa hon om sociatjänsten.'))) });
    const items = checkArticle(draft, {
      ...ctx,
      spelling: [
        { block: 1, word: 'sociatjänsten', nth: 0 },
        { block: 1, word: 'sociatjänsten', nth: 1 },
      ],
    });
    expect(items).toEqual([
      {
        rule: 'spelling.unknown',
        severity: 'warning',
        params: { word: 'sociatjänsten' },
        target: { block: 1, word: { text: 'sociatjänsten', nth: 0 } },
      },
      {
        rule: 'spelling.unknown',
        severity: 'warning',
        params: { word: 'sociatjänsten' },
        target: { block: 1, word: { text: 'sociatjänsten', nth: 1 } },
      },
    ]);
    expect(blocksPublishing(items)).toBe(false);
    const headline = checkArticle(goodNews(), { ...ctx, spelling: [{ block: 'headline', word: 'Hal', nth: 0 }] });
    expect(headline).toEqual([
      {
        rule: 'spelling.unknown',
        severity: 'warning',
        params: { word: 'Hal' },
        target: { field: 'headline', word: { text: 'Hal', nth: 0 } },
      },
    ]);
  });

  it('passes a complete news story', () => {
    expect(checkArticle(goodNews(), ctx)).toEqual([]);
    expect(blocksPublishing([])).toBe(false);
  });

  it('needs a headline, within the newsroom’s limit', () => {
    expectOnly(goodNews({ headline: '  ' }), 'headline.missing');
    const long = 'Stor insats '.repeat(10).trim();
    const [item] = checkArticle(goodNews({ headline: long }), ctx);
    expect(item).toMatchObject({
      rule: 'headline.tooLong',
      severity: 'error',
      params: { length: long.length, max: 90 },
      target: { field: 'headline' },
    });
    expect(rulesOf(goodNews({ headline: 'x'.repeat(90) }))).toEqual([]);
  });

  it('needs a lead, except for a brief', () => {
    expectOnly(goodNews({ lead: '' }), 'lead.missing');
    expect(rulesOf(goodNews({ kind: 'brief', lead: '' }))).toEqual([]);
  });

  it('needs a byline, or for an opinion piece a signature and its disclaimer', () => {
    expectOnly(goodNews({ bylines: [] }), 'byline.missing');
    const opinion = changeKind(goodNews({ bylines: [] }), 'opinion', defaultNewsroom);
    expect(opinion.kicker).toBe('INSÄNDARE:');
    expect(opinion.disclaimer).toBe('Detta är en debatt/insändare. Åsikterna är skribentens egna.');
    expectOnly(opinion, 'signature.missing');
    const signed = {
      ...opinion,
      body: body(...opinion.body.root.children, {
        type: 'signature',
        version: 1,
        signers: [{ name: 'Metin Hawsho', title: 'gruppledare (L)' }],
      }),
    };
    expect(rulesOf(signed)).toEqual([]);
    expectOnly({ ...signed, disclaimer: '' }, 'disclaimer.missing');
  });

  it('needs the label and a sponsor on a sponsored article', () => {
    const sponsored = changeKind(goodNews(), 'sponsored', defaultNewsroom);
    expect(sponsored.label).toBe('Annons');
    expectOnly(sponsored, 'sponsor.missing');
    expect(rulesOf({ ...sponsored, sponsor: 'Södertälje kommun' })).toEqual([]);
    expectOnly({ ...sponsored, sponsor: 'Södertälje kommun', label: '' }, 'label.missing');
  });

  it('keeps what the journalist wrote when the kind changes', () => {
    const own = { ...goodNews(), kicker: 'DEBATT:' };
    expect(changeKind(own, 'opinion', defaultNewsroom).kicker).toBe('DEBATT:');
    const back = changeKind(changeKind(goodNews(), 'opinion', defaultNewsroom), 'news', defaultNewsroom);
    expect(back).toMatchObject({ kicker: '', disclaimer: '', label: '' });
  });

  it('needs every photo to carry a credit and a real alt text', () => {
    const withPhoto = (fields: Record<string, unknown>) => goodNews({ body: body(paragraph(text('Ingress.')), photo(fields)) });
    const [credit] = checkArticle(withPhoto({ credit: '' }), ctx);
    expect(credit).toMatchObject({ rule: 'photo.creditMissing', severity: 'error', target: { block: 1 } });
    expectOnly(withPhoto({ alt: '' }), 'photo.altMissing');
    expectOnly(withPhoto({ alt: 'Dokument-skriva-avatal' }), 'photo.altIsFileName');
    expectOnly(withPhoto({ alt: 'IMG_9098' }), 'photo.altIsFileName');
    const [short] = checkArticle(withPhoto({ alt: 'helikopter' }), ctx);
    expect(short).toMatchObject({ rule: 'photo.altShort', severity: 'warning' });
    expect(blocksPublishing([short!])).toBe(false);
  });

  it('judges a library photo by the library’s alt text and credit, in the body and as the main photo', () => {
    const libraryId = '1f7c4b7e-3a1d-4c52-9f5e-8d2a6b0c9e31';
    const library = new Map<string, PhotoFacts>([
      [libraryId, { alt: 'Stina Hermansson', creditLine: 'Foto: Privat', fileName: 'stina.jpg', licence: null }],
    ]);
    const withLibrary = { ...ctx, photos: { today: '2026-11-02', articleId: null, facts: (id: string) => library.get(id) } };
    // The block's own copies are stale and empty; the library's values decide.
    const inBody = goodNews({ body: body(paragraph(text('Ingress.')), photo({ photoId: libraryId, alt: '', credit: '' })) });
    expect(checkArticle(inBody, withLibrary)).toEqual([]);
    expect(rulesOf(inBody)).toEqual(['photo.creditMissing', 'photo.altMissing']);
    expect(checkArticle(goodNews({ mainPhotoId: libraryId }), withLibrary)).toEqual([]);

    library.set(libraryId, { alt: 'Dokument-skriva-avatal', creditLine: '', fileName: 'Dokument-skriva-avatal.jpg', licence: null });
    expect(checkArticle(goodNews({ mainPhotoId: libraryId }), withLibrary)).toEqual([
      { rule: 'photo.creditMissing', severity: 'error', params: {}, target: { field: 'mainPhoto' } },
      { rule: 'photo.altIsFileName', severity: 'error', params: { alt: 'Dokument-skriva-avatal' }, target: { field: 'mainPhoto' } },
    ]);
    expect(checkArticle(inBody, withLibrary).map((item) => item.rule)).toEqual(['photo.creditMissing', 'photo.altIsFileName']);
  });

  it('stops a library photo whose licence expired or whose one-time licence another article spent, naming it where it is', () => {
    const mainId = '1f7c4b7e-3a1d-4c52-9f5e-8d2a6b0c9e31';
    const bodyId = '2a8d5c8f-4b2e-4d63-8a6f-9e3b7c1d0f42';
    const facts = (licence: PhotoFacts['licence']): PhotoFacts => ({
      alt: 'Stina Hermansson',
      creditLine: 'Foto: Privat',
      fileName: 'stina.jpg',
      licence,
    });
    const library = new Map<string, PhotoFacts>([
      [mainId, facts({ oneTimeUse: false, expiresOn: '2026-10-31', publishedIn: [], usedIn: ['this'] })],
      [bodyId, facts({ oneTimeUse: true, expiresOn: null, publishedIn: ['other'], usedIn: ['other', 'this'] })],
    ]);
    const on = (articleId: string) => ({ ...ctx, photos: { today: '2026-11-01', articleId, facts: (id: string) => library.get(id) } });
    const draft = goodNews({ mainPhotoId: mainId, body: body(paragraph(text('Ingress.')), photo({ photoId: bodyId })) });
    const items = checkArticle(draft, on('this'));
    expect(items).toEqual([
      {
        rule: 'photo.licenceExpired',
        severity: 'error',
        params: { photo: 'Stina Hermansson', date: '2026-10-31' },
        target: { field: 'mainPhoto' },
      },
      { rule: 'photo.oneTimeSpent', severity: 'error', params: { photo: 'Stina Hermansson' }, target: { block: 1 } },
    ]);
    expect(blocksPublishing(items)).toBe(true);
    // The article that spent the one-time licence publishes it again.
    expect(checkArticle(goodNews({ body: draft.body }), on('other'))).toEqual([]);
  });

  it('recognises the file names cameras and downloads leave behind', () => {
    for (const name of [
      'Dokument-skriva-avatal',
      'IMG_9098',
      '321797441_834163664347383_8876853207104254659_n',
      'bild.jpeg',
      'Foto av polisen.JPG',
    ]) {
      expect(looksLikeFileName(name), name).toBe(true);
    }
    for (const alt of ['Stina Hermansson', 'Polisbilar utanför anstalten Hall', 'helikopter', 'EU-flaggor vid Europadagen 2024']) {
      expect(looksLikeFileName(alt), alt).toBe(false);
    }
  });

  it('finds an empty or unsafe link', () => {
    const link = (url: string, label: string) => ({ type: 'link', version: 1, url, children: label ? [text(label)] : [] });
    expect(rulesOf(goodNews({ body: body(paragraph(link('https://polisen.se/', 'Polisen'))) }))).toEqual([]);
    expectOnly(goodNews({ body: body(paragraph(link('', 'Polisen'))) }), 'link.empty');
    expectOnly(goodNews({ body: body(paragraph(link('javascript:alert(1)', 'Polisen'))) }), 'link.empty');
    expectOnly(goodNews({ body: body(paragraph(link('https://polisen.se/', ''))) }), 'link.empty');
  });

  it('finds a leftover TK placeholder anywhere, but not inside words', () => {
    expectOnly(goodNews({ headline: 'Budgeten landar på TK miljoner' }), 'placeholder.tk');
    expectOnly(goodNews({ body: body(paragraph(text('Skadeläget är TK.'))) }), 'placeholder.tk');
    expect(rulesOf(goodNews({ lead: 'Satsningen på ATK och TKO-matcher fortsätter.' }))).toEqual([]);
  });

  it('finds a TK placeholder in what a block shows a reader, at that block: a fact, a signer, a caption, a person quoted', () => {
    const blocks = [
      { type: 'fact-box', version: 1, heading: 'Så larmar du', items: ['Ring 112', 'TK'] },
      { type: 'signature', version: 1, signers: [{ name: 'Metin Hawsho', title: 'TK (L)' }] },
      photo({ caption: 'Anstalten Hall, TK.' }),
      { type: 'pull-quote', version: 1, text: 'Vi fick ut alla i tid', attribution: 'TK' },
      { type: 'read-also', version: 1, url: 'https://polisen.se/', title: 'TK' },
    ];
    for (const block of blocks) {
      const items = checkArticle(goodNews({ body: body(paragraph(text('Ingen platshållare.')), block) }), ctx);
      expect(items, block.type).toEqual([{ rule: 'placeholder.tk', severity: 'error', params: {}, target: { block: 1 } }]);
    }
    expect(rulesOf(goodNews({ body: body({ type: 'fact-box', version: 1, heading: 'Fakta', items: ['STKH', 'TKO'] }) }))).toEqual([]);
  });

  it('needs every “Läs även” link to lead to an article in the library or a valid address', () => {
    const readAlso = (fields: Record<string, unknown>) =>
      goodNews({
        body: body({ type: 'read-also', version: 1, title: 'INSÄNDARE: Vad förväntade du dig Boel?', articleId: null, url: '', ...fields }),
      });
    expect(rulesOf(readAlso({ articleId: published }))).toEqual([]);
    expect(rulesOf(readAlso({ url: 'https://lokaltidning.se/vad-forvantade-du-dig-boel/' }))).toEqual([]);
    expectOnly(readAlso({ articleId: '00000000-0000-4000-8000-000000000000' }), 'readAlso.unresolved');
    expectOnly(readAlso({}), 'readAlso.unresolved');
    // An address of Spalt's own (the editor's route) is no address for a reader.
    expectOnly(readAlso({ url: `#/article/${published}` }), 'readAlso.unresolved');
  });

  it('says where a “Läs även” article stands: an error when gone, in the trash or not on the site, a warning when not out yet', () => {
    const id = '3d1f8c39-4a8e-4a7e-b6a4-2f0a1c9e7d55';
    const title = 'Stor insats vid anstalten Hall';
    const draft = goodNews({ body: body(paragraph(text('Först.')), { type: 'read-also', version: 1, title, articleId: id, url: '' }) });
    const verdict = (linked: LinkedArticle) => checkArticle(draft, { newsroom: defaultNewsroom, linkedArticle: () => linked });
    const at = { block: 1 };
    expect(verdict({ state: 'ready' })).toEqual([]);
    expect(verdict({ state: 'missing' })).toEqual([
      { rule: 'readAlso.unresolved', severity: 'error', params: { title, articleId: id }, target: at },
    ]);
    expect(verdict({ state: 'trashed' })).toEqual([
      { rule: 'readAlso.trashed', severity: 'error', params: { title, articleId: id }, target: at },
    ]);
    expect(verdict({ state: 'unpublished' })).toEqual([
      { rule: 'readAlso.unpublished', severity: 'warning', params: { title, articleId: id }, target: at },
    ]);
    expect(verdict({ state: 'notOnSite', site: 'Telge Nytt' })).toEqual([
      { rule: 'readAlso.notOnSite', severity: 'error', params: { title, articleId: id, site: 'Telge Nytt' }, target: at },
    ]);
    expect(verdict({ state: 'scheduled', site: 'Telge Nytt', time: '2027-01-15 05:00' })).toEqual([
      {
        rule: 'readAlso.scheduled',
        severity: 'warning',
        params: { title, articleId: id, site: 'Telge Nytt', time: '2027-01-15 05:00' },
        target: at,
      },
    ]);
    expect(blocksPublishing(verdict({ state: 'unpublished' }))).toBe(false);
    expect(blocksPublishing(verdict({ state: 'notOnSite', site: 'Telge Nytt' }))).toBe(true);
  });
});
