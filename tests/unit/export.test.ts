import { strFromU8, unzipSync } from 'fflate';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Article } from '../../shared/article/article';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { SpaltError } from '../../shared/errors';
import { slugify } from '../../shared/format/slug';
import { exportArticles } from '../../main/publish/export/export';
import { readArticlesJson } from '../../main/publish/export/json';
import { seedArticles, slutaSvartmala, saLockasMedarbetare, snabbussar } from '../fixtures/seeds';
import type { SeedArticle } from '../fixtures/seeds';
import { seedDraft } from '../fixtures/seeds/draft';

const { findAll, textContent } = DomUtils;
const now = '2026-11-22T12:00:00.000Z';
const noLibrary = () => undefined;
const noLinks = { address: () => null, keepOwnUrl: true };

function articleOf(seed: SeedArticle, n = 1): Article {
  return {
    ...seedDraft(seed),
    id: `00000000-0000-4000-8000-00000000000${n}`,
    status: 'draft',
    revision: 3,
    createdAt: '2024-05-09T09:57:00.000Z',
    updatedAt: '2024-05-09T11:18:00.000Z',
    trashedAt: null,
  };
}

const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe.each(Object.entries(seedArticles))('export of seed %s', (_name, seed) => {
  const article = articleOf(seed);

  it('as JSON reads back into the same draft', () => {
    const file = exportArticles('json', [article], noLibrary, now, noLinks);
    expect(file.mimeType).toBe('application/json');
    expect(readArticlesJson(file.fileName, file.data)).toEqual([seedDraft(seed)]);
  });

  it('as block markup is the body’s markup', () => {
    const file = exportArticles('blocks', [article], noLibrary, now, noLinks);
    expect(text(file.data)).toBe(documentToBlocks(article.body));
  });

  it('as HTML is a page with the headline, byline, lead and every paragraph, and no script', () => {
    const file = exportArticles('html', [article], noLibrary, now, noLinks);
    expect(file.fileName).toMatch(/\.html$/);
    const dom = parseDocument(text(file.data));
    const h1 = findAll((el) => el.name === 'h1', dom.children);
    expect(h1.map((el) => textContent(el))).toEqual([[seed.kicker, seed.headline].filter(Boolean).join(' ')]);
    const page = textContent(dom);
    expect(page).toContain(seed.lead);
    if (seed.byline) expect(page).toContain(seed.byline.replace(/\.$/, ''));
    expect(page).toContain('Senast ändrad: 9 maj 2024 13:18');
    for (const block of article.body.root.children) {
      if (block.type === 'paragraph') {
        const words = JSON.stringify(block).match(/"text":"([^"]{20,60})/)?.[1];
        if (words) expect(page).toContain(JSON.parse(`"${words}"`) as string);
      }
    }
    expect(findAll((el) => el.name === 'script', dom.children)).toEqual([]);
    expect(text(file.data)).not.toContain('<!-- wp:');
    expect(text(file.data)).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });

  it('as Markdown has YAML front matter with every field and a body CommonMark reads', () => {
    const file = exportArticles('markdown', [article], noLibrary, now, noLinks);
    expect(file.fileName).toMatch(/\.md$/);
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text(file.data)) ?? [];
    expect(parseYaml(front)).toEqual({
      title: seed.headline,
      kicker: seed.kicker,
      kind: seed.kind,
      status: 'draft',
      lead: seed.lead,
      bylines: article.bylines.map(({ role, name }) => ({ role, name })),
      label: article.label,
      disclaimer: article.disclaimer,
      sponsor: article.sponsor,
      main_photo: null,
      created: article.createdAt,
      updated: article.updatedAt,
      spalt_id: article.id,
    });
    const html = marked.parse(body, { async: false });
    const page = textContent(parseDocument(html));
    expect(page).toContain(seed.lead);
    expect(page.replace(/\s+/g, ' ')).toContain(
      textContent(parseDocument(documentToBlocks({ root: { ...article.body.root, children: article.body.root.children.slice(-1) } })))
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40),
    );
  });
});

describe('export of several articles', () => {
  const articles = [articleOf(snabbussar, 1), articleOf(slutaSvartmala, 2), articleOf(saLockasMedarbetare, 3)];

  it('puts HTML and Markdown in one zip, a file per article, named by headline', () => {
    for (const format of ['html', 'markdown'] as const) {
      const file = exportArticles(format, articles, noLibrary, now, noLinks);
      expect(file).toMatchObject({ fileName: 'artiklar-2026-11-22.zip', mimeType: 'application/zip' });
      const ext = format === 'html' ? 'html' : 'md';
      const names = articles.map((a) => `${slugify([a.kicker, a.headline].filter(Boolean).join(' '))}.${ext}`);
      expect(names[2]).toBe(`foretag-i-fokus-sa-lockas-medarbetare-till-socialkontoret-i-kommunen.${ext}`);
      expect(Object.keys(unzipSync(file.data)).sort()).toEqual(names.sort());
      for (const [name, data] of Object.entries(unzipSync(file.data))) {
        expect(name).toMatch(new RegExp(`^[a-z0-9-]+\\.${ext}$`));
        expect(strFromU8(data).length).toBeGreaterThan(200);
      }
      expect(Object.keys(unzipSync(file.data))).toHaveLength(3);
    }
  });

  it('holds any selection in one JSON file that reads back in order', () => {
    const file = exportArticles('json', articles, noLibrary, now, noLinks);
    expect(file.fileName).toBe('artiklar-2026-11-22.json');
    expect(readArticlesJson(file.fileName, file.data)).toEqual([snabbussar, slutaSvartmala, saLockasMedarbetare].map(seedDraft));
  });

  it('refuses block markup for more than one article, and a file that is not an export', () => {
    expect(() => exportArticles('blocks', articles, noLibrary, now, noLinks)).toThrow(SpaltError);
    for (const bytes of ['{"format":"other"}', 'not json', '\u0000\u00ff']) {
      const error = (() => {
        try {
          readArticlesJson('artikel.json', new TextEncoder().encode(bytes));
        } catch (e) {
          return e as SpaltError;
        }
        return null;
      })();
      expect(error?.code).toBe('import_unreadable');
      expect(error?.messages.sv).toBe('”artikel.json” är ingen artikelexport från Spalt. Välj en JSON-fil som Spalt har exporterat.');
    }
  });
});
