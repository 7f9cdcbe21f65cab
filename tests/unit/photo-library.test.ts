import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { emptyCredit, type Credit, type Photo, type PhotoEdit } from '../../shared/article/photo';
import { createArticle, emptyTrash, getArticle, saveArticle, trashArticle } from '../../main/db/articles';
import { savePerson } from '../../main/db/people';
import { clearNeedsRepublish } from '../../main/db/article-photos';
import { recordPublications } from '../../main/db/photo-publications';
import { photo as photoNode, p } from '../fixtures/seeds/build';
import { formattedBody } from '../support/bodies';
import type { PhotoLibrary } from '../support/photo-library';
import { usePhotoFixtures, usePhotoLibraries } from '../support/photo-test-setup';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const { files } = usePhotoFixtures('spalt-photo-library-');
const library = usePhotoLibraries();

async function importAt(lib: PhotoLibrary, path: string, at: string): Promise<Photo> {
  lib.setNow(at);
  const name = path.split('/').at(-1) ?? '';
  return (await lib.handlers['photos.import']({ fileName: name, data: new Uint8Array(readFileSync(path)) })).photo;
}

function edit(photo: Photo, changes: Partial<Omit<PhotoEdit, 'credit'>> & { credit?: Partial<Credit> }): PhotoEdit {
  return { caption: changes.caption ?? photo.caption, alt: changes.alt ?? photo.alt, credit: { ...photo.credit, ...changes.credit } };
}

const list = (
  lib: PhotoLibrary,
  input: Partial<{ query: string; creditType: Credit['type'] | 'none'; missing: boolean; offset: number; limit: number }> = {},
) => lib.handlers['photos.list']({ query: '', creditType: null, missing: false, offset: 0, limit: 50, ...input });

let articleCount = 0;
/** An article through the articles store, with the photos it uses; saved at `now`. */
function article(lib: PhotoLibrary, options: { headline: string; mainPhotoId?: string | null; bodyPhotoIds?: string[]; now: string }) {
  const id = `00000000-0000-4000-8000-${String(++articleCount).padStart(12, '0')}`;
  const draft: ArticleDraft = {
    kind: 'news',
    kicker: '',
    headline: options.headline,
    lead: '',
    bylines: [],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: options.mainPhotoId ?? null,
    body: formattedBody(),
  };
  if (options.bodyPhotoIds) {
    (draft.body.root.children as unknown[]).push(
      ...options.bodyPhotoIds.map((photoId) => photoNode({ photoId, alt: 'Bild', credit: '' })),
      p('Slut.'),
    );
  }
  createArticle(lib.db, { id, draft, now: options.now });
  return { id, draft };
}

function setStatus(lib: PhotoLibrary, id: string, status: string): void {
  // Publishing is another part of the app; the status is set as it would leave it.
  lib.db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, id);
}

describe('the library list', () => {
  async function fourPhotos(lib: PhotoLibrary) {
    const iptc = await importAt(lib, files.iptc, '2026-11-01T08:00:00.000Z');
    const xmp = await importAt(lib, files.xmp, '2026-11-02T08:00:00.000Z');
    const exif = await importAt(lib, files.exif, '2026-11-03T08:00:00.000Z');
    const png = await importAt(lib, files.png, '2026-11-04T08:00:00.000Z');
    return { iptc, xmp, exif, png };
  }

  it('shows the newest first, a page at a time, with the total', async () => {
    const lib = library();
    const { iptc, xmp, exif, png } = await fourPhotos(lib);
    const first = await list(lib, { limit: 2 });
    expect(first.total).toBe(4);
    expect(first.items.map((i) => i.id)).toEqual([png.id, exif.id]);
    const second = await list(lib, { limit: 2, offset: 2 });
    expect(second.items.map((i) => i.id)).toEqual([xmp.id, iptc.id]);
    expect((await list(lib, { offset: 4 })).items).toEqual([]);
    expect(first.items[0]).toMatchObject({
      fileName: 'alpha.png',
      width: 800,
      height: 600,
      useCount: 0,
      problems: ['missing_credit', 'missing_alt'],
    });
  });

  it('searches caption, photographer, organisation, file name and credit line, without diacritics', async () => {
    const lib = library();
    const { iptc, xmp, exif } = await fourPhotos(lib);
    const ids = async (query: string) => (await list(lib, { query })).items.map((i) => i.id);
    expect(await ids('sodertalje')).toEqual([xmp.id]);
    expect(await ids('polisbil')).toEqual([iptc.id]);
    expect(await ids('oberg')).toEqual([xmp.id]);
    expect(await ids('Länstidn')).toEqual([iptc.id]);
    expect(await ids('exif-credit')).toEqual([exif.id]);
    expect(await ids('Foto Åsa')).toEqual([xmp.id]);
    expect(await ids('ingenting sådant')).toEqual([]);
    // Search and filters narrow together, and the total counts the narrowed set.
    expect((await list(lib, { query: 'Länstidningen', creditType: 'agency' })).total).toBe(0);
  });

  it('filters by credit type, by no type yet, and by a missing credit or alt text', async () => {
    const lib = library();
    const { iptc, xmp, exif, png } = await fourPhotos(lib);
    const ids = async (input: Parameters<typeof list>[1]) => (await list(lib, input)).items.map((i) => i.id);
    expect(await ids({ creditType: 'agency' })).toEqual([xmp.id]);
    expect(await ids({ creditType: 'none' })).toEqual([png.id, exif.id, iptc.id]);
    expect(await ids({ missing: true })).toHaveLength(4);

    await lib.handlers['photos.update']({ id: xmp.id, edit: edit(xmp, { alt: 'Resenärer väntar på tåget' }) });
    await lib.handlers['photos.update']({ id: exif.id, edit: edit(exif, { alt: 'DSC_0042', credit: { type: 'freelance' } }) });
    expect(await ids({ missing: true })).toEqual([png.id, exif.id, iptc.id]);
    const exifSummary = (await list(lib, { query: 'exif' })).items[0];
    expect(exifSummary?.problems).toEqual(['alt_is_file_name']);
    expect(await ids({ missing: true, creditType: 'freelance' })).toEqual([exif.id]);
  });
});

describe('editing a photo', () => {
  it('saves the credit, prints the credit line, updates search and tells the app', async () => {
    const lib = library();
    const photo = await importAt(lib, files.iptc, '2026-11-01T08:00:00.000Z');
    const changes: string[] = [];
    lib.events.on('photo.changed', ({ change }) => changes.push(change));
    lib.setNow('2026-11-02T08:00:00.000Z');
    const saved = await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(photo, { alt: 'Två polisbilar utanför grindarna', credit: { type: 'handout', name: '', organisation: '' } }),
    });
    expect(saved.creditLine).toBe('Foto: Privat');
    expect(saved.problems).toEqual([]);
    expect(saved.updatedAt).toBe('2026-11-02T08:00:00.000Z');
    expect(await lib.handlers['photos.get']({ id: photo.id })).toEqual(saved);
    expect(changes).toEqual(['updated']);
    expect((await list(lib, { query: 'privat' })).total).toBe(1);
    expect((await list(lib, { query: 'grindarna' })).total).toBe(1);
    expect((await list(lib, { query: 'alexander' })).total).toBe(0);
  });

  it('answers photo_not_found for an id the library does not have', async () => {
    const lib = library();
    const missing = '9f1c1a2e-5d4b-4c3a-8e2f-1a2b3c4d5e6f';
    await expect(lib.handlers['photos.get']({ id: missing })).rejects.toMatchObject({ code: 'photo_not_found' });
    await expect(lib.handlers['photos.update']({ id: missing, edit: { caption: '', alt: '', credit: emptyCredit } })).rejects.toMatchObject(
      { code: 'photo_not_found' },
    );
  });

  it('suggests registry people first, then names and sources used before, and remembers their type', async () => {
    const lib = library();
    const staff = savePerson(
      lib.db,
      { id: '6a1d1c55-1c1f-4d87-9a55-5c2f2a3f6f01', name: 'Anna Andersson', kind: 'photographer', title: '' },
      '2026-01-01T00:00:00.000Z',
    );
    savePerson(
      lib.db,
      { id: '6a1d1c55-1c1f-4d87-9a55-5c2f2a3f6f02', name: 'Anders Utomstående', kind: 'outside', title: '' },
      '2026-01-01T00:00:00.000Z',
    );
    const photo = await importAt(lib, files.exif, '2026-11-01T08:00:00.000Z');
    await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(photo, { credit: { type: 'agency', name: 'Anneli Berg', organisation: 'TT' } }),
    });
    await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(photo, { credit: { type: 'stock', name: '', organisation: 'Pexels' } }),
    });

    const suggestions = await lib.handlers['photos.creditSuggestions']({ query: 'an' });
    expect(suggestions).toEqual([
      { source: 'person', type: 'staff', name: 'Anna Andersson', organisation: '', personId: staff.id },
      {
        source: 'person',
        type: 'freelance',
        name: 'Anders Utomstående',
        organisation: '',
        personId: '6a1d1c55-1c1f-4d87-9a55-5c2f2a3f6f02',
      },
      { source: 'saved', type: 'agency', name: 'Anneli Berg', organisation: 'TT', personId: null },
    ]);
    expect(await lib.handlers['photos.creditSuggestions']({ query: 'pex' })).toEqual([
      { source: 'saved', type: 'stock', name: '', organisation: 'Pexels', personId: null },
    ]);
    expect((await lib.handlers['photos.creditSuggestions']({ query: '' })).length).toBeLessThanOrEqual(10);

    // A file credited to a saved name and source gets the type chosen for them before.
    const { makePhoto, writeMetadata } = await import('../support/photo-fixtures');
    const next = await makePhoto(join(tempDir(), 'berg.jpg'), { width: 400, height: 300, seed: 77 });
    await writeMetadata(next, { 'IPTC:By-line': 'Anneli Berg', 'IPTC:Credit': 'TT' });
    expect((await importAt(lib, next, '2026-11-03T08:00:00.000Z')).creditLine).toBe('Foto: Anneli Berg/TT');
  });
});

describe('where a photo is used', () => {
  it('follows the article: main photo and body photos, trashed and deleted articles', async () => {
    const lib = library();
    const a = await importAt(lib, files.iptc, '2026-11-01T08:00:00.000Z');
    const b = await importAt(lib, files.xmp, '2026-11-01T09:00:00.000Z');
    const notInLibrary = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
    const story = article(lib, {
      headline: 'Rymning från Hall',
      mainPhotoId: a.id,
      bodyPhotoIds: [b.id, notInLibrary, b.id, a.id],
      now: '2026-11-02T08:00:00.000Z',
    });
    expect(getArticle(lib.db, story.id).mainPhotoId).toBe(a.id);
    expect((await lib.handlers['photos.get']({ id: a.id })).uses).toEqual([
      { articleId: story.id, headline: 'Rymning från Hall', status: 'draft', role: 'main', trashed: false, needsRepublish: false },
      { articleId: story.id, headline: 'Rymning från Hall', status: 'draft', role: 'body', trashed: false, needsRepublish: false },
    ]);
    expect((await list(lib)).items.find((i) => i.id === b.id)?.useCount).toBe(1);
    expect(lib.db.prepare('SELECT count(*) AS n FROM article_photos WHERE photo_id = ?').get(notInLibrary)).toEqual({ n: 0 });

    // The next save drops photo b from the body and the main photo.
    saveArticle(lib.db, {
      id: story.id,
      baseRevision: 0,
      draft: { ...story.draft, mainPhotoId: null, body: formattedBody() },
      bodyText: '',
      now: '2026-11-02T09:00:00.000Z',
      sessionId: null,
    });
    expect(getArticle(lib.db, story.id).mainPhotoId).toBeNull();
    expect((await lib.handlers['photos.get']({ id: a.id })).uses).toEqual([]);

    saveArticle(lib.db, {
      id: story.id,
      baseRevision: 1,
      draft: { ...story.draft, mainPhotoId: b.id },
      bodyText: '',
      now: '2026-11-02T10:00:00.000Z',
      sessionId: null,
    });
    trashArticle(lib.db, story.id, '2026-11-03T08:00:00.000Z');
    expect((await lib.handlers['photos.get']({ id: b.id })).uses.every((use) => use.trashed)).toBe(true);
    expect((await list(lib)).items.find((i) => i.id === b.id)?.useCount).toBe(0);
    emptyTrash(lib.db);
    expect((await lib.handlers['photos.get']({ id: b.id })).uses).toEqual([]);
  });

  it('flags published uses for republishing when what the site prints changes', async () => {
    const lib = library();
    const photo = await importAt(lib, files.iptc, '2026-11-01T08:00:00.000Z');
    const published = article(lib, { headline: 'Publicerad', mainPhotoId: photo.id, now: '2026-11-02T08:00:00.000Z' });
    article(lib, { headline: 'Utkast', bodyPhotoIds: [photo.id], now: '2026-11-02T08:00:00.000Z' });
    setStatus(lib, published.id, 'published');
    const flags = async () =>
      Object.fromEntries((await lib.handlers['photos.get']({ id: photo.id })).uses.map((use) => [use.headline, use.needsRepublish]));

    await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(photo, { credit: { licence: 'Ny licenstext', usageNotes: 'Bara webben' } }),
    });
    expect(await flags()).toEqual({ Publicerad: false, Utkast: false });

    const current = await lib.handlers['photos.get']({ id: photo.id });
    await lib.handlers['photos.update']({ id: photo.id, edit: edit(current, { credit: { type: 'freelance' } }) });
    expect(await flags()).toEqual({ Publicerad: true, Utkast: false });

    // A save of the article keeps the flag; publishing again clears it.
    saveArticle(lib.db, {
      id: published.id,
      baseRevision: 0,
      draft: published.draft,
      bodyText: '',
      now: '2026-11-03T08:00:00.000Z',
      sessionId: null,
    });
    expect(await flags()).toEqual({ Publicerad: true, Utkast: false });
    clearNeedsRepublish(lib.db, published.id);
    expect(await flags()).toEqual({ Publicerad: false, Utkast: false });
    await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(await lib.handlers['photos.get']({ id: photo.id }), { caption: 'Ny bildtext' }),
    });
    expect(await flags()).toEqual({ Publicerad: true, Utkast: false });
  });

  it('warns of an expired licence after its last day, of a one-time photo in two articles, and of one already published', async () => {
    const lib = library();
    const photo = await importAt(lib, files.iptc, '2026-11-01T08:00:00.000Z');
    // 23:30 UTC on 30 November is already 1 December in Stockholm (UTC+1 in winter).
    lib.setNow('2026-11-30T23:30:00.000Z');
    const expiring = await lib.handlers['photos.update']({
      id: photo.id,
      edit: edit(photo, { credit: { expiresOn: '2026-11-30', oneTimeUse: true } }),
    });
    expect(expiring.problems).toContain('licence_expired');
    lib.setNow('2026-11-30T22:30:00.000Z');
    expect((await lib.handlers['photos.get']({ id: photo.id })).problems).not.toContain('licence_expired');

    const licenceProblems = async () => {
      const { problems } = await lib.handlers['photos.get']({ id: photo.id });
      expect((await list(lib)).items[0]?.problems, 'the grid and the detail agree').toEqual(problems);
      return problems.filter((problem) => problem.startsWith('one_time'));
    };
    const first = article(lib, { headline: 'Ett', mainPhotoId: photo.id, now: '2026-11-02T08:00:00.000Z' });
    expect(await licenceProblems()).toEqual([]);
    const second = article(lib, { headline: 'Två', bodyPhotoIds: [photo.id], now: '2026-11-02T08:00:00.000Z' });
    expect(await licenceProblems()).toEqual(['one_time_shared']);
    trashArticle(lib.db, second.id, '2026-11-03T08:00:00.000Z');
    expect(await licenceProblems()).toEqual([]);

    // Published with the first article, the licence is spent for good, even once that article is in the trash.
    recordPublications(lib.db, first.id, [photo.id], '2026-11-03T09:00:00.000Z');
    expect((await lib.handlers['photos.get']({ id: photo.id })).publishedIn).toEqual([first.id]);
    expect(await licenceProblems()).toEqual(['one_time_used']);
    trashArticle(lib.db, first.id, '2026-11-04T08:00:00.000Z');
    expect(await licenceProblems()).toEqual(['one_time_used']);
  });
});
