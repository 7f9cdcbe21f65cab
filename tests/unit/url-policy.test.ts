import { DomUtils, parseDocument } from 'htmlparser2';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { refusedUrls, withAllowedUrls } from '../../shared/document/body-urls';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { isAllowedLinkUrl, isAllowedMarkupUrl, isAllowedPhotoSource, isWritablePhotoSource, webAddress } from '../../shared/url-policy';
import { exportArticles } from '../../main/publish/export/export';
import { Post } from '../../main/publish/wordpress/schemas';
import { body, p, readAlso, text } from '../fixtures/seeds/build';
import { seedArticle } from '../fixtures/seeds/draft';
import { storInsatsHall } from '../fixtures/seeds';

const link = (url: string, label = 'länken') => ({
  type: 'link',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [text(label)],
  url,
  rel: null,
  target: null,
  title: null,
});

const hostileLinks = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  'blob:https://x/1',
  'jar:https://x!/',
];

describe('the URL policy', () => {
  it.each(hostileLinks)('refuses %j as a link, a photo source and an address inside markup', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false);
    expect(isAllowedPhotoSource(url)).toBe(false);
    expect(isWritablePhotoSource(url)).toBe(false);
    expect(isAllowedMarkupUrl(url)).toBe(false);
    expect(webAddress(url)).toBeNull();
  });

  it('allows the library, the web and, in a written file, a photo embedded or beside it', () => {
    expect(isAllowedPhotoSource('spalt-photo:0b6c6f1e-3f55-4a0e-9d43-2f1f1f0a0a0a')).toBe(true);
    expect(isAllowedPhotoSource('https://lokaltidning.se/bild.jpg')).toBe(true);
    expect(isAllowedPhotoSource('spalt-photo:../x')).toBe(false);
    expect(isAllowedPhotoSource('data:image/jpeg;base64,/9j/4AAQ')).toBe(false);
    expect(isAllowedPhotoSource('bilder/a.jpg')).toBe(false);
    expect(isWritablePhotoSource('data:image/jpeg;base64,/9j/4AAQ')).toBe(true);
    expect(isWritablePhotoSource('bilder/a.jpg')).toBe(true);
    expect(isWritablePhotoSource('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
  });

  it('allows addresses relative to the site inside verbatim markup, never a scheme of its own', () => {
    for (const url of ['', '/nyheter/', '#top', '?p=1', 'https://x.se', 'mailto:a@b.se']) expect(isAllowedMarkupUrl(url), url).toBe(true);
  });

  it('keeps a post link from WordPress only when it is a web address', () => {
    const post = {
      id: 1,
      status: 'draft',
      slug: 'a',
      date_gmt: null,
      modified_gmt: '2026-01-01T00:00:00',
      title: { rendered: '' },
      content: { rendered: '' },
      excerpt: { rendered: '' },
    };
    expect(Post.parse({ ...post, link: 'https://lokaltidning.se/?p=1' }).link).toBe('https://lokaltidning.se/?p=1');
    expect(Post.parse({ ...post, link: 'javascript:alert(1)' }).link).toBe('');
  });

  it('finds every refused address in a body, and takes each out for a writer', () => {
    const hostile = body(
      p('Före ', link('javascript:alert(1)', 'klicka'), ' efter'),
      readAlso('Läs mer', 'vbscript:msgbox(1)'),
      { type: 'photo', version: 1, src: 'javascript:alert(2)', alt: 'Bild', caption: 'Bildtext' },
      { type: 'raw-block', version: 1, markup: '<p style="background:url(\'javascript:alert(3)\')">Gammal text</p>' },
    );
    expect(refusedUrls(hostile)).toEqual([
      { place: 'link', url: 'javascript:alert(1)' },
      { place: 'readAlso', url: 'vbscript:msgbox(1)' },
      { place: 'photo', url: 'javascript:alert(2)' },
      { place: 'markup', url: 'javascript:alert(3)' },
    ]);
    const cleaned = withAllowedUrls(hostile);
    expect(refusedUrls(cleaned)).toEqual([]);
    expect(JSON.stringify(cleaned)).not.toMatch(/javascript|vbscript/);
    expect(cleaned.root.children[0]).toMatchObject({ children: [{ text: 'Före ' }, { text: 'klicka' }, { text: ' efter' }] });
    expect(cleaned.root.children[3]).toMatchObject({ type: 'paragraph', children: [{ text: 'Gammal text' }] });
  });
});

/** An article whose body slipped past the core: stored by an older Spalt, before the policy. */
const articleWith = (hostile: BodyDocument): Article => seedArticle(storInsatsHall, { body: hostile });

const addressesIn = (html: string) =>
  DomUtils.findAll(() => true, parseDocument(html).children).flatMap((el) =>
    Object.entries(el.attribs)
      .filter(([name]) => ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name))
      .map(([, value]) => value),
  );

describe('every writer applies the URL policy', () => {
  const hostile = body(
    p('Se ', link('javascript:alert(1)', 'polisens sida'), ' och ', link('https://polisen.se/', 'polisen')),
    readAlso('Vad förväntade du dig?', 'data:text/html,<script>alert(1)</script>'),
    { type: 'photo', version: 1, src: 'javascript:alert(2)', alt: 'Bild', caption: 'Bildtext' },
    { type: 'raw-block', version: 1, markup: '<p><a href="vbscript:msgbox(3)">Gammal länk</a></p>' },
  );
  const article = articleWith(hostile);
  const noLibrary = () => undefined;
  const noLinks = { address: () => null, keepOwnUrl: true };
  const now = '2026-11-22T12:00:00.000Z';
  const decode = (data: Uint8Array) => new TextDecoder().decode(data);

  it.each([
    ['HTML', () => decode(exportArticles('html', [article], noLibrary, now, noLinks).data)],
    ['block markup', () => decode(exportArticles('blocks', [article], noLibrary, now, noLinks).data)],
    [
      'Markdown, as marked renders it',
      () =>
        marked.parse(decode(exportArticles('markdown', [article], noLibrary, now, noLinks).data).replace(/^---[\s\S]*?---\n/, ''), {
          async: false,
        }),
    ],
  ])('%s carries the text and only the allowed link', (_name, write) => {
    const html = write();
    expect(addressesIn(html).filter((url) => !/^(https?:|#|data:image\/)/.test(url) && url !== '')).toEqual([]);
    expect(addressesIn(html)).toContain('https://polisen.se/');
    expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
    const shown = DomUtils.textContent(parseDocument(html));
    for (const words of ['polisens sida', 'Vad förväntade du dig?', 'Bildtext', 'Gammal länk']) expect(shown).toContain(words);
  });

  it('JSON carries the body without the refused addresses, so it imports back', () => {
    const json = decode(exportArticles('json', [article], noLibrary, now, noLinks).data);
    expect(json).not.toMatch(/javascript:|vbscript:|data:text/i);
    const [draft] = (JSON.parse(json) as { articles: Array<{ draft: { body: BodyDocument } }> }).articles;
    expect(refusedUrls(draft?.draft.body ?? hostile)).toEqual([]);
  });

  it('the block markup of a body that passed the policy is unchanged by it', () => {
    expect(documentToBlocks(withAllowedUrls(storInsatsHall.body))).toBe(documentToBlocks(storInsatsHall.body));
  });
});
