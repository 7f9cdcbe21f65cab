import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createCore } from '../../main/core';
import { mediaFile } from '../../main/media/serve';
import { photoMediaPath } from '../../shared/article/photo-media';
import { body, p, photo } from '../fixtures/seeds/build';
import { makePhoto } from '../support/photo-fixtures';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** An article with a library photo as its main photo and another in its body, credited in the library. */
async function articleWithPhotos() {
  const dataDir = tempDir();
  const core = createCore({ dataDir, version: 'test' });
  const { handlers } = core;
  const bytes = async (seed: number) =>
    new Uint8Array(readFileSync(await makePhoto(join(dataDir, `p${seed}.jpg`), { width: 1600, height: 1000, seed })));
  const main = (await handlers['photos.import']({ fileName: 'Stina.jpg', data: await bytes(1) })).photo;
  const inBody = (await handlers['photos.import']({ fileName: 'IMG_9098.jpg', data: await bytes(2) })).photo;
  const credit = { personId: null, organisation: '', licence: '', usageNotes: '', oneTimeUse: false, expiresOn: null };
  await handlers['photos.update']({
    id: main.id,
    edit: { alt: 'Stina Hermansson', caption: 'Stina Hermansson.', credit: { ...credit, type: 'handout', name: '' } },
  });
  await handlers['photos.update']({
    id: inBody.id,
    edit: {
      alt: 'Polisbilar utanför anstalten Hall',
      caption: 'Insatsen pågick i flera timmar.',
      credit: { ...credit, type: 'staff', name: 'Alexander Isa' },
    },
  });

  const article = await handlers['articles.create']({ kind: 'news' });
  // The block still carries what the editor saw before the credit was filled in; the library decides.
  const draft = {
    ...article,
    headline: 'Stor insats vid anstalten Hall',
    lead: 'En omfattande insats.',
    mainPhotoId: main.id,
    body: body(p('Vid lunchtid mottog SOS Alarm ett samtal.'), photo({ photoId: inBody.id, alt: 'IMG_9098', credit: '' })),
  };
  await handlers['articles.save']({ id: article.id, baseRevision: 0, draft });
  const webBytes = (id: string) => readFileSync(mediaFile(core.db, dataDir, photoMediaPath(id, 'web'))!.file);
  return { core, handlers, id: article.id, main, inBody, webBytes };
}

describe('export of an article with library photos', () => {
  it('puts the photos inside the HTML page with the library’s alt text, caption and credit', async () => {
    const { core, handlers, id, main, inBody, webBytes } = await articleWithPhotos();
    const file = await handlers['articles.export']({ ids: [id], format: 'html' });
    const html = strFromU8(file.data);
    expect(html).toContain(`<img src="data:image/jpeg;base64,${webBytes(main.id).toString('base64')}" alt="Stina Hermansson"/>`);
    expect(html).toContain('<figcaption>Stina Hermansson. <span class="spalt-credit">Foto: Privat</span></figcaption>');
    expect(html).toContain(
      `src="data:image/jpeg;base64,${webBytes(inBody.id).toString('base64')}" alt="Polisbilar utanför anstalten Hall"`,
    );
    expect(html).toContain('Insatsen pågick i flera timmar. <span class="spalt-credit">Foto: Alexander Isa</span>');
    expect(html).not.toContain('IMG_9098');
    core.close();
  });

  it('writes Markdown in a zip with the web renditions beside it, the main photo in the front matter', async () => {
    const { core, handlers, id, main, inBody, webBytes } = await articleWithPhotos();
    const file = await handlers['articles.export']({ ids: [id], format: 'markdown' });
    expect(file).toMatchObject({ fileName: 'stor-insats-vid-anstalten-hall.zip', mimeType: 'application/zip' });
    const files = unzipSync(file.data);
    expect(Object.keys(files).sort()).toEqual(
      [`bilder/${inBody.id}.jpg`, `bilder/${main.id}.jpg`, 'stor-insats-vid-anstalten-hall.md'].sort(),
    );
    expect(Buffer.from(files[`bilder/${main.id}.jpg`]!).equals(webBytes(main.id))).toBe(true);
    const text = strFromU8(files['stor-insats-vid-anstalten-hall.md']!);
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as { main_photo: unknown };
    expect(front.main_photo).toEqual({
      file: `bilder/${main.id}.jpg`,
      alt: 'Stina Hermansson',
      caption: 'Stina Hermansson.',
      credit: 'Foto: Privat',
    });
    expect(text).toContain(
      `![Polisbilar utanför anstalten Hall](bilder/${inBody.id}.jpg)\\\n*Insatsen pågick i flera timmar. Foto: Alexander Isa*`,
    );
    core.close();
  });

  it('reads its JSON back as an equal draft that uses the same library photos', async () => {
    const { core, handlers, id, main } = await articleWithPhotos();
    const file = await handlers['articles.export']({ ids: [id], format: 'json' });
    const exported = JSON.parse(strFromU8(file.data)) as { photos: Array<{ id: string; creditLine: string }> };
    expect(exported.photos.map((photo) => photo.creditLine)).toEqual(['Foto: Privat', 'Foto: Alexander Isa']);
    const { articles } = await handlers['articles.import']({ fileName: file.fileName, data: new Uint8Array(file.data) });
    expect(articles).toHaveLength(1);
    const original = await handlers['articles.get']({ id });
    const copy = await handlers['articles.get']({ id: articles[0]!.id });
    const draftOf = ({ kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body: b }: typeof original) => ({
      kind,
      kicker,
      headline,
      lead,
      bylines,
      label,
      disclaimer,
      sponsor,
      mainPhotoId,
      body: b,
    });
    expect(draftOf(copy)).toEqual(draftOf(original));
    expect((await handlers['photos.get']({ id: main.id })).uses.map((use) => use.articleId).sort()).toEqual([id, copy.id].sort());
    core.close();
  });
});
