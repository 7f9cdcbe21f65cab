import { DomUtils, parseDocument } from 'htmlparser2';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { marked } from 'marked';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { bodyToMarkdown } from '../../shared/document/markdown';
import { isAllowedLinkUrl, isWritablePhotoSource } from '../../shared/url-policy';
import { articleMarkdown } from '../../main/publish/export/markdown';
import type { ExportPhoto } from '../../main/publish/export/photos';
import { adSlot, body, factBox, p, photo, pullQuote, question, readAlso, signature, text } from '../fixtures/seeds/build';
import { seedArticle } from '../fixtures/seeds/draft';
import { seedArticles, storInsatsHall, type SeedArticle } from '../fixtures/seeds';

/** Read back as a GFM reader would (GitHub, most static site tools). */
const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The text a reader sees of a parsed node; a hard line break is a newline. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}

/** Raw HTML a Markdown reader would pass through, and links or images a policy would refuse. */
function unsafeParts(tree: Root): string[] {
  const found: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'html' && node.value !== '<!-- annons -->') found.push(`html ${node.value}`);
    if ((node.type === 'link' || node.type === 'definition') && !isAllowedLinkUrl(node.url)) found.push(`${node.type} ${node.url}`);
    if (node.type === 'image' && !isWritablePhotoSource(node.url)) found.push(`image ${node.url}`);
  });
  return found;
}

/** What marked (CommonMark and GFM) makes of it: elements and attributes Markdown syntax makes, nothing else. */
function unsafeInMarked(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false });
  const made = new Set(['p', 'strong', 'em', 'del', 'a', 'img', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'hr', 'br', 'code']);
  return DomUtils.findAll(() => true, parseDocument(html).children).flatMap((el) => [
    ...(made.has(el.name) ? [] : [`<${el.name}>`]),
    ...Object.entries(el.attribs).flatMap(([name, value]) => {
      if (name === 'href' && isAllowedLinkUrl(value)) return [];
      if (name === 'src' && isWritablePhotoSource(value)) return [];
      if (name === 'alt' || name === 'start') return [];
      return [`${el.name} ${name}=${value}`];
    }),
  ]);
}

const articleOf = (seed: SeedArticle, lead = seed.lead): Article => seedArticle(seed, { lead });

/** Each seed photo as a library photo: what an export reads of it. */
const library = (id: string): ExportPhoto => ({
  id,
  alt: `Alt för ${id}`,
  caption: `Bildtext för ${id}.`,
  creditLine: 'Foto: Privat',
  mimeType: 'image/jpeg',
  extension: 'jpg',
  read: () => new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
});

const frontAndBody = (markdown: string) => /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)?.slice(1) ?? ['', ''];

/** The texts a journalist typed into a body, in reading order, as each block holds them. */
function typedTexts(document: BodyDocument): string[] {
  const texts: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (node.type === 'text' && typeof node.text === 'string') texts.push(node.text);
    for (const key of ['text', 'attribution', 'heading', 'title']) {
      if (node.type !== 'text' && typeof node[key] === 'string' && node[key] !== '') texts.push(node[key]);
    }
    if (Array.isArray(node.items)) texts.push(...(node.items as string[]));
    if (Array.isArray(node.signers)) for (const s of node.signers as Array<{ name: string; title: string }>) texts.push(s.name, s.title);
    if (Array.isArray(node.children)) for (const child of node.children as Array<Record<string, unknown>>) visit(child);
  };
  for (const node of document.root.children) visit(node);
  return texts.filter((t) => t.trim() !== '');
}

describe.each(Object.entries(seedArticles))('Markdown export of seed %s', (_name, seed) => {
  const article = articleOf(seed);
  const { text: markdown, photos } = articleMarkdown(article, library);
  const [front = '', bodyText = ''] = frontAndBody(markdown);
  const tree = parse(bodyText);

  it('has front matter a YAML reader reads back exactly, and the lead as the first paragraph', () => {
    expect(parseYaml(front)).toMatchObject({ title: seed.headline, kicker: seed.kicker, lead: seed.lead, kind: seed.kind });
    expect(parseYaml(front, { version: '1.1' })).toEqual(parseYaml(front));
    expect(tree.children[0]?.type).toBe('paragraph');
    expect(textOf(tree.children[0] as Nodes)).toBe(seed.lead);
  });

  it('gives back every text the journalist typed, in order, and every paragraph and subheading as it was', () => {
    const read = textOf(tree);
    let from = 0;
    for (const typed of typedTexts(seed.body)) {
      const at = read.indexOf(typed, from);
      expect(at, typed).toBeGreaterThanOrEqual(0);
      from = at + typed.length;
    }
    const blocks = (type: string) =>
      seed.body.root.children.filter((n) => n.type === type).map((n) => textOf(parse(bodyToMarkdown(body(n))) as Nodes));
    const parsed = (type: RootContent['type']) => tree.children.filter((n) => n.type === type).map((n) => textOf(n as Nodes));
    expect(parsed('heading')).toEqual(expect.arrayContaining(blocks('heading')));
    expect(parsed('paragraph')).toEqual(expect.arrayContaining(blocks('paragraph')));
  });

  it('has no raw HTML and no link or image a policy refuses, read by a GFM parser and by marked', () => {
    expect(unsafeParts(tree)).toEqual([]);
    expect(unsafeInMarked(bodyText)).toEqual([]);
    for (const { path } of photos) expect(bodyText).toContain(`](${path})`);
  });
});

const nasty = [
  'rad\n- x',
  'rad\n===',
  'rad\n---',
  'rad\n+ x',
  '&amp; &lt; &#106;avascript:',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- kommentar -->',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '[x]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '`kod` och ```staket```',
  '*stjärna* **fet** _under_ __dubbel__',
  '# inte en rubrik',
  '> inte ett citat',
  '1. inte en lista',
  '2) inte heller',
  'a | b\n--- | ---\nc | d',
  '| cell |',
  '~~struken~~',
  '\\ bakstreck \\* \\',
  '    indraget',
  '  två mellanslag före och efter  ',
  'tabb\tinne',
  'www.lokaltidning.se och https://lokaltidning.se',
];

/** One text in every place a body or an article holds text. */
function everywhere(value: string): { article: Article; expected: string[] } {
  const lines = value.split('\n');
  const withBreaks = lines.flatMap((line, i) => (i === 0 ? [text(line)] : [{ type: 'linebreak', version: 1 }, text(line)]));
  const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
    type,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children,
    ...extra,
  });
  const oneLine = value.replace(/\n/g, ' ');
  const document = body(
    element('paragraph', withBreaks, { textFormat: 0, textStyle: '' }),
    p(text(oneLine, 1)),
    p(text(oneLine, 2)),
    p(text(oneLine, 3)),
    p(text(oneLine, 16)),
    element('heading', [text(oneLine)], { tag: 'h2' }),
    element('quote', withBreaks),
    element('list', [element('listitem', [text(oneLine)], { value: 1 })], { listType: 'number', start: 1, tag: 'ol' }),
    question(oneLine),
    pullQuote(oneLine, oneLine),
    factBox(oneLine, [oneLine]),
    signature([oneLine, oneLine]),
    readAlso(oneLine, 'https://lokaltidning.se/a'),
    { type: 'photo', version: 1, src: 'https://lokaltidning.se/bild.jpg', alt: oneLine, caption: oneLine, credit: 'Foto: Privat' },
  );
  return {
    article: { ...articleOf(storInsatsHall, value), headline: value, kicker: oneLine, body: document },
    expected: [value, value, oneLine, oneLine, oneLine, oneLine, oneLine, value, oneLine, oneLine],
  };
}

describe.each(nasty)('the nasty text %j', (value) => {
  const { article, expected } = everywhere(value);
  const [front = '', bodyText = ''] = frontAndBody(articleMarkdown(article, () => undefined).text);
  const tree = parse(bodyText);

  it('comes back as the same text from every place, read by a GFM parser', () => {
    const texts = tree.children.map((node) => textOf(node as Nodes));
    expect(texts.slice(0, expected.length)).toEqual(expected);
    expect(texts).toContain(`”${value.replace(/\n/g, ' ')}”\n— ${value.replace(/\n/g, ' ')}`);
    expect(parseYaml(front)).toMatchObject({ title: value, lead: value });
  });

  it('leaves no raw HTML or unsafe link, read by a GFM parser and rendered by marked', () => {
    expect(unsafeParts(tree)).toEqual([]);
    expect(unsafeInMarked(bodyText)).toEqual([]);
    const shown = DomUtils.textContent(parseDocument(marked.parse(bodyText, { async: false })));
    expect(shown.replace(/\s+/g, ' ')).toContain(value.replace(/\s+/g, ' ').trim());
  });
});

describe('the front matter', () => {
  it('reads back as the same strings in YAML 1.2 and 1.1, with nothing a 1.1 reader takes for a line break left raw', () => {
    const tricky = [
      'yes',
      'No',
      '2024-05-09',
      '12:30',
      '- x',
      'a: b',
      '#x',
      "'x",
      'rad\nrad',
      'linje\u2028skiljare',
      'nästa\u0085rad',
      'radera\u007ftecken',
      '\ufeffbom',
      'null',
      '~',
    ];
    for (const value of tricky) {
      const { text } = articleMarkdown({ ...articleOf(storInsatsHall, value), headline: value, kicker: value }, () => undefined);
      const [front = ''] = frontAndBody(text);
      expect(front, JSON.stringify(value)).not.toMatch(/[\u007f-\u009f\u2028\u2029\ufeff]/);
      for (const version of ['1.1', '1.2'] as const) {
        expect(parseYaml(front, { version }), `${JSON.stringify(value)} in YAML ${version}`).toMatchObject({
          title: value,
          kicker: value,
          lead: value,
        });
      }
    }
  });
});

describe('what the newsroom blocks become in Markdown', () => {
  it('reads like the article: quote in ” ”, fact box heading and list, signers, question, live update, photo with credit', () => {
    const liveUpdate = {
      type: 'live-update',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      time: '2024-05-09T21:00:00.000Z',
      children: [p('Polisen har lämnat platsen.')],
    };
    const markdown = bodyToMarkdown(
      body(
        question('Hur började programmet?'),
        p('– Av erfarenhet har man sett att det fungerar, säger Stina Hermansson.'),
        pullQuote('Europa ska inte vara ett gängparadis', 'Metin Hawsho'),
        factBox('Södertäljes förebyggande verksamheter:', ['Fältassistenter', 'Mentorer']),
        signature(['Metin Hawsho', 'gruppledare (L)'], ['Anna Svensson', '']),
        liveUpdate,
        adSlot(),
        readAlso('Vad förväntade du dig Boel?', 'https://telgenytt.se/boel/'),
        {
          ...photo({ photoId: 'x', alt: 'Stina Hermansson', caption: 'Stina Hermansson.', credit: 'Foto: Privat.' }),
          src: 'https://lokaltidning.se/stina.jpg',
        },
      ),
    );
    expect(markdown).toBe(
      [
        '**Hur började programmet?**',
        '– Av erfarenhet har man sett att det fungerar, säger Stina Hermansson.',
        '> **”Europa ska inte vara ett gängparadis”**\\\n> — Metin Hawsho',
        '**Södertäljes förebyggande verksamheter:**',
        '- Fältassistenter\n- Mentorer',
        'Metin Hawsho,\\\ngruppledare (L)',
        'Anna Svensson',
        '### Uppdatering 23:00',
        'Polisen har lämnat platsen.',
        '<!-- annons -->',
        '**Läs även:** [Vad förväntade du dig Boel?](https://telgenytt.se/boel/)',
        '![Stina Hermansson](https://lokaltidning.se/stina.jpg)\\\n*Stina Hermansson. Foto: Privat.*',
      ].join('\n\n') + '\n',
    );
  });
});
