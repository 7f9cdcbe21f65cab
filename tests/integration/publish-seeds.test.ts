/**
 * Publishing through the outbox to a real WordPress (tests/wordpress), read back as the
 * site stores it (context=edit): every seed article with its photos, credits, categories and
 * tags; and scheduled posts whose time is right in winter and in summer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { resolvePhotos } from '../../shared/document/resolve-photos';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { seedArticles } from '../fixtures/seeds';
import { body as bodyOf, p } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { adminGet, fileTempDir, saveArticle, seedArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

let site: WordPressSite;
let spalt: Spalt;
const temp = fileTempDir();

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  spalt?.core.close();
  await site?.stop();
  temp.remove();
});

const paragraph = (className: string, text: string) =>
  `<!-- wp:paragraph {"className":"${className}"} -->\n<p class="${className}">${text}</p>\n<!-- /wp:paragraph -->`;

describe('each seed article, published by an editor', () => {
  beforeAll(async () => {
    spalt = await startSpalt(temp.dir, site, 'editor');
  });

  let photoSeed = 100;
  for (const [name, seed] of Object.entries(seedArticles)) {
    it(`${name}: title, excerpt, block markup, photos with credits, categories, tags and featured image`, async () => {
      const { handlers, siteId } = spalt;
      const { id, photos } = await seedArticle(handlers, spalt.dataDir, seed, (photoSeed += 10));
      const job = await startPublish(spalt, {
        articleId: id,
        siteId,
        action: 'publish',
        newCategories: ['Södertälje'],
        tags: ['Kollektivtrafik', `Seed ${name}`],
      });
      expect(job).toMatchObject({ state: 'queued', step: 'check', action: 'publish' });
      const done = await waitForJob(spalt, job.id, ['done', 'failed']);
      expect(done.error).toBeNull();
      expect(done.result).toMatchObject({ status: 'publish', articleStatus: 'published' });

      const post = await adminGet(site, `/wp/v2/posts/${done.result!.postId}?context=edit`);
      expect(post.status).toBe('publish');
      expect(post.link).toBe(done.result!.link);
      expect(post.title.raw).toBe(seed.kicker ? `${seed.kicker}: ${seed.headline}` : seed.headline);
      expect(post.excerpt.raw).toBe(seed.lead);

      // Each photo is on the site once, by its marker, with the library's texts.
      const media: Array<{ photo: (typeof photos)[number]; item: any }> = [];
      for (const photo of photos) {
        const found = await adminGet<any[]>(site, `/wp/v2/media?slug=${mediaMarker(photo.hash)}&context=edit`);
        expect(found).toHaveLength(1);
        const item = found[0];
        expect(item.alt_text).toBe(photo.alt);
        expect(item.caption.raw).toBe(`${photo.caption ? `${photo.caption} ` : ''}<span class="spalt-credit">${photo.creditLine}</span>`);
        expect(item.description.raw).toContain(photo.creditLine);
        if (photo.credit.licence) expect(item.description.raw).toContain(`Licens: ${photo.credit.licence}`);
        media.push({ photo, item });
      }
      expect(post.featured_media).toBe(media[0]?.item.id ?? 0);

      // The body is Spalt's block markup with each photo at its address on the site.
      const article = await handlers['articles.get']({ id });
      const body = resolvePhotos(article.body, (photoId) => {
        const found = media.find((m) => m.photo.id === photoId);
        return found && { src: found.item.source_url, alt: found.photo.alt, caption: found.photo.caption, credit: found.photo.creditLine };
      });
      // The site's theme shows the featured image (the default): its caption and credit line head the content.
      const main = photos[0]!;
      expect(article.mainPhotoId).toBe(main.id);
      const header = [
        ...(seed.kind === 'sponsored' ? [paragraph('spalt-label', 'Annons')] : []),
        `<!-- wp:paragraph {"className":"spalt-photo-caption","fontSize":"small"} -->\n<p class="spalt-photo-caption has-small-font-size">` +
          `${main.caption ? `${main.caption} ` : ''}<span class="spalt-credit">${main.creditLine}</span></p>\n<!-- /wp:paragraph -->`,
        paragraph('spalt-lead', `<strong>${seed.lead}</strong>`),
        ...(seed.kind === 'opinion'
          ? [paragraph('spalt-disclaimer', 'Detta är en debatt/insändare. Åsikterna är skribentens egna.')]
          : [paragraph('spalt-byline', seed.byline || 'Text: Redaktionen')]),
        ...(seed.kind === 'sponsored' ? [paragraph('spalt-sponsor', 'I samarbete med Södertälje kommun')] : []),
      ];
      expect(post.content.raw).toBe([...header, documentToBlocks(body)].join('\n\n'));
      expect(post.content.raw).not.toContain('spalt-photo:');

      const categories = await adminGet<any[]>(site, '/wp/v2/categories?search=S%C3%B6dert%C3%A4lje');
      expect(post.categories).toEqual([categories.find((c) => c.name === 'Södertälje').id]);
      const tags = await adminGet<any[]>(site, `/wp/v2/tags?include=${post.tags.join(',')}`);
      expect(tags.map((t) => t.name).sort()).toEqual(['Kollektivtrafik', `Seed ${name}`].sort());

      expect(article.status).toBe('published');
    });
  }

  it('keeps one copy of a category and a tag that several articles ask for', async () => {
    const categories = await adminGet<any[]>(site, '/wp/v2/categories?search=S%C3%B6dert%C3%A4lje');
    expect(categories.filter((c) => c.name === 'Södertälje')).toHaveLength(1);
    const tags = await adminGet<any[]>(site, '/wp/v2/tags?search=Kollektivtrafik');
    expect(tags).toHaveLength(1);
    expect(tags[0].count).toBe(Object.keys(seedArticles).length);
  });
});

describe('scheduling at 05:00 Stockholm time', () => {
  const cases = [
    { season: 'winter (CET, UTC+1)', local: '2027-01-15T05:00', gmt: '2027-01-15T04:00:00' },
    { season: 'summer (CEST, UTC+2)', local: '2027-07-15T05:00', gmt: '2027-07-15T03:00:00' },
  ];
  for (const { season, local, gmt } of cases) {
    it(`in ${season} is status future at ${gmt} GMT`, async () => {
      const { handlers, siteId } = spalt;
      const id = await saveArticle(handlers, {
        kind: 'news',
        kicker: '',
        headline: `Morgonens nyhet ${local}`,
        lead: 'Ingressen.',
        label: '',
        disclaimer: '',
        sponsor: '',
        bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
        mainPhotoId: null,
        body: bodyOf(p('Brödtexten.')),
      });
      const job = await startPublish(spalt, { articleId: id, siteId, action: 'schedule', scheduledAt: local });
      expect(job).toMatchObject({ scheduledAt: local, scheduledGmt: `${gmt}.000Z` });
      const done = await waitForJob(spalt, job.id, ['done', 'failed']);
      expect(done.result).toMatchObject({ status: 'future', articleStatus: 'scheduled' });
      const post = await adminGet(site, `/wp/v2/posts/${done.result!.postId}?context=edit`);
      expect(post.status).toBe('future');
      expect(post.date_gmt).toBe(gmt);
      // The site keeps UTC: its local date is the same instant.
      expect(post.date).toBe(gmt);
      expect((await handlers['articles.get']({ id })).status).toBe('scheduled');
    });
  }
});
