/**
 * Each seed article as Spalt sends it to a site (postContent: the head with label, main photo,
 * lead, bylines or disclaimer and sponsor, then the body) opened in WordPress's real block
 * editor: every block valid, and saved back as it was sent (7.1's editor only adds its own
 * class names, and the markup it saves reads back into the same article).
 */
import type { Photo } from '../../shared/article/photo';
import { blocksToDocument } from '../../shared/document/markup/from-blocks';
import { defaultSitePage, type SitePage } from '../../shared/publish/site';
import { postContent, type SitePhoto } from '../../main/publish/outbox/content';
import { seedArticles, type SeedArticle } from '../fixtures/seeds';
import { liftMainPhoto, seedDraft } from '../fixtures/seeds/draft';
import { blockValidity, editorMarkup, savedAs } from '../wordpress/block-editor';
import { expect, test } from '../wordpress/fixtures';
import type { WordPressSite } from '../wordpress/site';

// One WordPress for this worker; the block editor is a lot of JavaScript for a 2-core machine.
test.describe.configure({ mode: 'default' });
test.setTimeout(120_000);

/** The seed's post content, its main photo a library photo at an address on the site. */
function seedContent(seed: SeedArticle, site: WordPressSite, page: SitePage): string {
  const { draft, mainPhoto } = liftMainPhoto(seedDraft(seed));
  const photos = new Map<string, SitePhoto>();
  if (mainPhoto) {
    const photo = {
      id: mainPhoto.photoId,
      alt: mainPhoto.alt ?? '',
      caption: mainPhoto.caption ?? '',
      creditLine: mainPhoto.credit ?? '',
    } as Photo;
    photos.set(photo.id, { photo, sourceUrl: `${site.url}/wp-content/uploads/${photo.id}.jpg` });
  }
  return postContent({ ...draft, mainPhotoId: mainPhoto?.photoId ?? null }, photos, page);
}

async function expectValidAndKept(page: Parameters<typeof blockValidity>[0], site: WordPressSite, markup: string): Promise<void> {
  const blocks = await blockValidity(page, site, markup);
  expect(blocks.length).toBeGreaterThan(4);
  const invalid = blocks.filter((block) => !block.isValid);
  expect(invalid, JSON.stringify(invalid, null, 2)).toEqual([]);
  expect(blocks.map((block) => block.name).every((block) => block.startsWith('core/'))).toBe(true);
  // What the editor would save is what Spalt sent: an editor who opens and saves changes nothing.
  const saved = await editorMarkup(page);
  expect(saved).toBe(savedAs(site, markup));
  expect(blocksToDocument(saved)).toEqual(blocksToDocument(markup));
}

for (const [name, seed] of Object.entries(seedArticles)) {
  test(`the ${name} seed article as posted opens in WordPress's block editor with every block valid, and saves back unchanged`, async ({
    page,
    wordpress,
  }) => {
    const markup = seedContent(seed, wordpress, defaultSitePage);
    expect(markup).toContain('spalt-photo-caption');
    expect(markup).toContain('spalt-lead');
    await expectValidAndKept(page, wordpress, markup);
  });
}

test('the head with the main photo as an image (a theme that shows no featured image) is valid too', async ({ page, wordpress }) => {
  const markup = seedContent(seedArticles.saLockasMedarbetare, wordpress, { themeShowsExcerpt: false, themeShowsFeaturedImage: false });
  expect(markup).toContain('<!-- wp:image');
  expect(markup).toContain('spalt-label');
  expect(markup).toContain('spalt-sponsor');
  await expectValidAndKept(page, wordpress, markup);
});
