/**
 * The style check of the public page: each seed article (and one holding every kind of body
 * block) published through Spalt's real publish path, then its permalink read as a logged-out
 * reader reads it, on the site's default theme. Every visible part of the article must be on
 * the page in the order of the newsroom's pages: the headline with its kicker, the label, the
 * main photo with its alt text and its caption and credit line under it, the lead in bold,
 * the bylines or the disclaimer, the sponsor, then the body, block by block, to the signature.
 * Every "Läs även" leads to an article of the library published on the same site first, and
 * its address answers a logged-out reader.
 * Runs against both WordPress versions (tests/run-all.sh).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import { bylineLines } from '../../shared/article/byline';
import type { Photo } from '../../shared/article/photo';
import { liveUpdateLabel } from '../../shared/document/nodes/live-update/to-blocks';
import { childrenOf, stringField, type SerializedBodyNode } from '../../shared/document/markup/serialized';
import { postTitle } from '../../main/publish/outbox/content';
import { seedArticles, type SeedArticle } from '../fixtures/seeds';
import { adSlot as adSlotNode, body, factBox, p, pullQuote, question, readAlso, signature, text } from '../fixtures/seeds/build';
import {
  adSlot,
  boldParagraph,
  caption,
  citation,
  findInOrder,
  heading,
  image,
  listItem,
  pageParts,
  paragraph,
  readerText,
  separator,
  type Expected,
  type PagePart,
} from '../support/public-page';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { fileTempDir, importPhoto, saveArticle, seedArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

let site: WordPressSite;
let spalt: Spalt;
const temp = fileTempDir('spalt-public-page-');

beforeAll(async () => {
  site = await startWordPress();
  spalt = await startSpalt(temp.dir, site, 'editor');
});

afterAll(async () => {
  spalt?.core.close();
  await site?.stop();
  temp.remove();
});

/** Publishes the article now through the outbox and reads its permalink as a logged-out reader. */
async function publishAndRead(articleId: string): Promise<{ parts: PagePart[]; link: string }> {
  const job = await startPublish(spalt, { articleId, siteId: spalt.siteId, action: 'publish' });
  const done = await waitForJob(spalt, job.id, ['done', 'failed']);
  expect(done.error).toBeNull();
  const link = done.result!.link;
  const response = await fetch(link, { redirect: 'manual' });
  expect(response.status).toBe(200);
  return { parts: pageParts(await response.text()), link };
}

/** Where each "Läs även" of the article under test leads: the linked article's permalink on this site. */
const readAlsoTargets = new Map<string, string>();

/**
 * Puts every "Läs även" of a draft's body on an article of the library, published on this site
 * first (its headline is the link's title), as a journalist picks one from the archive: the
 * published link must then lead to a page a reader can open.
 */
async function linkReadAlsoToLibrary(draftBody: Article['body']): Promise<Article['body']> {
  const linked = structuredClone(draftBody);
  for (const node of linked.root.children as unknown as Array<Record<string, unknown>>) {
    if (node.type !== 'read-also') continue;
    const title = typeof node.title === 'string' ? node.title : '';
    const id = await saveArticle(spalt.handlers, {
      kind: 'news',
      kicker: '',
      headline: title,
      lead: `Ingressen till ${title}.`,
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
      body: body(p(`Brödtexten till ${title}.`)),
    });
    const { link } = await publishAndRead(id);
    readAlsoTargets.set(id, link);
    node.articleId = id;
    node.url = '';
  }
  return linked;
}

/** A "Läs även" as a reader finds it: the paragraph with its title, linking to the linked article's permalink. */
function readAlsoLink(node: SerializedBodyNode): Expected {
  const title = stringField(node, 'title') ?? '';
  const url = readAlsoTargets.get(stringField(node, 'articleId') ?? '') ?? stringField(node, 'url') ?? '';
  return {
    what: `"Läs även: ${title}" linking to ${url}`,
    is: (part) =>
      part.kind === 'p' &&
      part.classes.includes('spalt-read-also') &&
      readerText(part.text) === readerText(`Läs även: ${title}`) &&
      part.links.some((link) => link.href === url && readerText(link.text) === readerText(title)),
  };
}

/** Every "Läs även" on the page leads somewhere a logged-out reader can open: 200, with the linked headline. */
async function expectLiveReadAlso(parts: readonly PagePart[]): Promise<void> {
  const links = parts.flatMap((part) => (part.kind === 'p' && part.classes.includes('spalt-read-also') ? part.links : []));
  expect(links.length, 'the page has its "Läs även" links').toBe(readAlsoTargets.size);
  for (const link of links) {
    expect(link.href, 'a "Läs även" href is an address on the site').toMatch(new RegExp(`^${site.url}/`));
    const response = await fetch(link.href);
    expect(response.status, `${link.href} answers a logged-out reader`).toBe(200);
    expect(readerText(await response.text())).toContain(readerText(link.text));
  }
}

/** The body, block by block, as a reader sees it. */
function bodyParts(nodes: readonly SerializedBodyNode[], photos: ReadonlyMap<string, Photo>): Expected[] {
  const textOf = (node: SerializedBodyNode): string =>
    node.type === 'linebreak' ? '\n' : typeof node.text === 'string' ? node.text : childrenOf(node).map(textOf).join('');
  return nodes.flatMap((node): Expected[] => {
    switch (node.type) {
      case 'paragraph':
        return textOf(node).trim() === '' ? [] : [paragraph('paragraph', textOf(node))];
      case 'heading':
        return [heading('subheading', textOf(node), node.tag === 'h3' ? 3 : 2)];
      case 'list':
        return childrenOf(node).map((item) => listItem(textOf(item)));
      case 'quote':
        return [paragraph('quote', textOf(node))];
      case 'pull-quote': {
        const attribution = stringField(node, 'attribution');
        return [paragraph('pull quote', String(node.text)), ...(attribution ? [citation(attribution)] : [])];
      }
      case 'interview-question':
        return [boldParagraph('interview question', textOf(node), 'spalt-question')];
      case 'photo': {
        const photo = photos.get(String(node.photoId));
        if (!photo) throw new Error(`photo ${String(node.photoId)} is not in the library`);
        return [
          image('photo in the body', photo.alt),
          caption('its caption and credit line', [photo.caption, photo.creditLine].filter(Boolean).join(' ')),
        ];
      }
      case 'live-update':
        return [heading('live update', liveUpdateLabel(String(node.time)), 3), ...bodyParts(childrenOf(node), photos)];
      case 'read-also':
        return [readAlsoLink(node)];
      case 'ad-slot':
        return [adSlot];
      case 'fact-box':
        return [heading('fact box', String(node.heading), 3), ...(node.items as string[]).map(listItem)];
      case 'signature':
        return (node.signers as Array<{ name: string; title: string }>).map((signer) =>
          paragraph('signer', `${signer.name} ${signer.title}`),
        );
      case 'separator':
        return [separator];
      default:
        throw new Error(`No reader's view of a ${node.type} block in this check`);
    }
  });
}

/** Every visible part of the article, in the order of the newsroom's pages. */
function expectedPage(article: Article, main: Photo | undefined, photos: ReadonlyMap<string, Photo>): Expected[] {
  const kicker = article.kicker.trim();
  const byline =
    article.kind === 'opinion'
      ? [paragraph('disclaimer', article.disclaimer, 'spalt-disclaimer')]
      : bylineLines(article.bylines).map((line) => paragraph('byline', line, 'spalt-byline'));
  return [
    heading(kicker ? 'kicker and headline' : 'headline', postTitle(article.kicker, article.headline), 1),
    ...(article.label ? [paragraph('label', article.label, 'spalt-label')] : []),
    ...(main ? [caption('main photo caption and credit line', [main.caption, main.creditLine].filter(Boolean).join(' '))] : []),
    boldParagraph('lead', article.lead, 'spalt-lead'),
    ...byline,
    ...(article.sponsor ? [paragraph('sponsor', `I samarbete med ${article.sponsor}`, 'spalt-sponsor')] : []),
    ...bodyParts(article.body.root.children, photos),
  ];
}

/** The page shows the article in order; the main photo once (the theme's featured image), its credit line under it, and the lead once. */
async function expectPublicPage(articleId: string, photos: readonly Photo[]): Promise<void> {
  const article = await spalt.handlers['articles.get']({ id: articleId });
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  const main = article.mainPhotoId ? byId.get(article.mainPhotoId) : undefined;
  const { parts } = await publishAndRead(articleId);
  findInOrder(parts, expectedPage(article, main, byId));
  await expectLiveReadAlso(parts);

  if (main) {
    const shown = parts.flatMap((part, index) => (part.kind === 'img' && part.alt === main.alt ? [index] : []));
    expect(shown, `the main photo (alt "${main.alt}") is shown once`).toHaveLength(1);
    const credit = findInOrder(parts, [caption('main photo caption', [main.caption, main.creditLine].filter(Boolean).join(' '))])[0]!;
    expect(shown[0]!, 'the credit line is under the photo').toBeLessThan(credit);
    expect(readerText(main.creditLine)).not.toBe('');
  }
  const lead = parts.filter((part) => part.kind === 'p' && readerText(part.text) === readerText(article.lead));
  expect(lead, 'the lead is shown once').toHaveLength(1);
}

describe(`each seed article's public page`, () => {
  let photoSeed = 400;
  for (const [name, seed] of Object.entries<SeedArticle>(seedArticles)) {
    it(`${name}: every part of the article, in order, on the site's default theme`, async () => {
      readAlsoTargets.clear();
      const linked: SeedArticle = { ...seed, body: await linkReadAlsoToLibrary(seed.body) };
      const { id, photos } = await seedArticle(spalt.handlers, spalt.dataDir, linked, (photoSeed += 10));
      await expectPublicPage(id, photos);
    });
  }
});

describe('an article with every kind of body block', () => {
  it('shows each block on the public page, in order', async () => {
    const { handlers } = spalt;
    const mainPhoto = await importPhoto(handlers, spalt.dataDir, {
      seed: 501,
      alt: 'Polisbilar utanför anstalten Hall',
      caption: 'Polisen på plats.',
      credit: { type: 'staff', name: 'Alexander Isa' },
    });
    const bodyPhoto = await importPhoto(handlers, spalt.dataDir, {
      seed: 502,
      alt: 'Ambulanshelikoptern lyfter',
      caption: '',
      credit: { type: 'archive' },
    });
    const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) =>
      ({ type, version: 1, direction: null, format: '', indent: 0, children, ...extra }) as unknown as ReturnType<typeof p>;
    const item = (value: string, index: number) => element('listitem', [text(value)], { value: index + 1 });
    readAlsoTargets.clear();
    const id = await saveArticle(handlers, {
      kind: 'news',
      kicker: 'Blåljus',
      headline: 'Stor insats vid anstalten Hall',
      lead: 'En omfattande insats pågick under torsdagen.',
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: mainPhoto.id,
      bylines: [
        { role: 'text', name: 'Alexander Isa', personId: null },
        { role: 'photo', name: 'Shamash Oyal', personId: null },
      ],
      body: await linkReadAlsoToLibrary(
        body(
          p('Vid lunchtid mottog SOS Alarm ett samtal om en incident.'),
          element('heading', [text('Ingen brottsmisstanke')], { tag: 'h2' }),
          element('list', ['polis', 'ambulans', 'helikopter'].map(item), { listType: 'bullet', start: 1, tag: 'ul' }),
          element('heading', [text('Skadeläget')], { tag: 'h3' }),
          element('list', ['Larmet', 'Insatsen'].map(item), { listType: 'number', start: 1, tag: 'ol' }),
          {
            type: 'photo',
            version: 1,
            src: `spalt-photo:${bodyPhoto.id}`,
            photoId: bodyPhoto.id,
            alt: bodyPhoto.alt,
            credit: bodyPhoto.creditLine,
          },
          element('quote', [text('Skadeläget är oklart.')]),
          pullQuote('Vi fick ut alla i tid', 'Insatsledaren'),
          question('Hur gick det till?'),
          p('– Vi var på plats efter sex minuter.'),
          element('live-update', [p('Polisen har lämnat anstalten.')], { time: '2024-05-09T21:00:00.000Z' }),
          readAlso('Stor polisjakt efter fordon', 'https://telgenytt.se/stor-polisjakt/'),
          adSlotNode(),
          factBox('Så larmar du', ['Ring 112', 'Beskriv platsen']),
          { type: 'separator', version: 1 },
          signature(['Metin Hawsho', 'gruppledare (L)']),
          p(),
        ),
      ),
    });
    await expectPublicPage(id, [mainPhoto, bodyPhoto]);
  });
});
