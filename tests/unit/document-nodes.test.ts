import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '../../shared/document/body';
import { blocksToDocument } from '../../shared/document/markup/from-blocks';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { bodyNodes } from '../../shared/document/nodes/registry';

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});
const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
const body = (...children: unknown[]) => ({ root: element('root', children) }) as BodyDocument;

/** Each node with one body that holds it and the exact markup WordPress 6.1 saves for it. */
const examples: Array<{ node: string; body: BodyDocument; markup: string }> = [
  {
    node: 'paragraph',
    body: body(paragraph(text('Vid lunchtid mottog '), text('SOS Alarm', 1), text(' ett samtal.'))),
    markup: '<!-- wp:paragraph -->\n<p>Vid lunchtid mottog <strong>SOS Alarm</strong> ett samtal.</p>\n<!-- /wp:paragraph -->',
  },
  {
    node: 'heading',
    body: body(element('heading', [text('Ingen brottsmisstanke')], { tag: 'h2' }), element('heading', [text('Skadeläget')], { tag: 'h3' })),
    markup:
      '<!-- wp:heading -->\n<h2>Ingen brottsmisstanke</h2>\n<!-- /wp:heading -->\n\n' +
      '<!-- wp:heading {"level":3} -->\n<h3>Skadeläget</h3>\n<!-- /wp:heading -->',
  },
  {
    node: 'quote',
    body: body(element('quote', [text('Skadeläget är oklart', 2)])),
    markup:
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p><em>Skadeläget är oklart</em></p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->',
  },
  {
    node: 'list',
    body: body(
      element(
        'list',
        [
          element('listitem', [text('polis')], { value: 3 }),
          element(
            'listitem',
            [
              element('list', [element('listitem', [text('ambulans')], { value: 1, indent: 1 })], {
                listType: 'bullet',
                start: 1,
                tag: 'ul',
              }),
            ],
            { value: 4 },
          ),
          element('listitem', [text('helikopter')], { value: 4 }),
        ],
        { listType: 'number', start: 3, tag: 'ol' },
      ),
    ),
    markup:
      '<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3"><!-- wp:list-item -->\n<li>polis<!-- wp:list -->\n' +
      '<ul><!-- wp:list-item -->\n<li>ambulans</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n<!-- /wp:list-item -->\n\n' +
      '<!-- wp:list-item -->\n<li>helikopter</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
  },
  {
    node: 'link',
    body: body(
      paragraph(
        text('Läs mer hos '),
        element('link', [text('Kriminalvården')], {
          url: 'https://www.kriminalvarden.se/?a=1&b=2',
          rel: 'noreferrer',
          target: '_blank',
          title: null,
        }),
      ),
    ),
    markup:
      '<!-- wp:paragraph -->\n<p>Läs mer hos <a href="https://www.kriminalvarden.se/?a=1&amp;b=2" target="_blank" rel="noreferrer">Kriminalvården</a></p>\n<!-- /wp:paragraph -->',
  },
  {
    node: 'photo',
    body: body({
      type: 'photo',
      version: 1,
      src: 'https://telgenytt.se/stina.jpg',
      photoId: 'stina-hermansson',
      alt: 'Stina Hermansson',
      caption: 'Stina Hermansson.',
      credit: 'Foto: Privat.',
      width: 800,
      height: 533,
    }),
    markup:
      '<!-- wp:image {"width":800,"height":533,"className":"spalt-photo-stina-hermansson"} -->\n' +
      '<figure class="wp-block-image is-resized spalt-photo-stina-hermansson"><img src="https://telgenytt.se/stina.jpg" alt="Stina Hermansson" width="800" height="533"/>' +
      '<figcaption class="wp-element-caption">Stina Hermansson. <span class="spalt-credit">Foto: Privat.</span></figcaption></figure>\n<!-- /wp:image -->',
  },
  {
    node: 'photo (credit only, no id or size)',
    body: body({ type: 'photo', version: 1, src: 'spalt-photo:hall', alt: 'helikopter', credit: 'Arkivbild' }),
    markup:
      '<!-- wp:image -->\n<figure class="wp-block-image"><img src="spalt-photo:hall" alt="helikopter"/>' +
      '<figcaption class="wp-element-caption"><span class="spalt-credit">Arkivbild</span></figcaption></figure>\n<!-- /wp:image -->',
  },
  {
    node: 'pull-quote',
    body: body({ type: 'pull-quote', version: 1, text: 'Europa ska inte vara ett gängparadis', attribution: 'Metin Hawsho' }),
    markup:
      '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Europa ska inte vara ett gängparadis</p><cite>Metin Hawsho</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
  },
  {
    node: 'interview-question',
    body: body(element('interview-question', [text('Hur började programmet?')])),
    markup:
      '<!-- wp:paragraph {"className":"spalt-question"} -->\n<p class="spalt-question"><strong>Hur började programmet?</strong></p>\n<!-- /wp:paragraph -->',
  },
  {
    node: 'live-update',
    body: body(element('live-update', [paragraph(text('Polisen har lämnat anstalten.'))], { time: '2024-05-09T21:00:00.000Z' })),
    markup:
      '<!-- wp:group {"className":"spalt-live-update"} -->\n<div class="wp-block-group spalt-live-update"><!-- wp:heading {"level":3} -->\n' +
      '<h3><time datetime="2024-05-09T21:00:00.000Z">Uppdatering 23:00</time></h3>\n<!-- /wp:heading -->\n\n' +
      '<!-- wp:paragraph -->\n<p>Polisen har lämnat anstalten.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->',
  },
  {
    node: 'read-also',
    body: body({
      type: 'read-also',
      version: 1,
      articleId: 'boel',
      url: 'https://telgenytt.se/boel/',
      title: 'INSÄNDARE: Vad förväntade du dig Boel?',
    }),
    markup:
      '<!-- wp:paragraph {"className":"spalt-read-also"} -->\n<p class="spalt-read-also">Läs även: <a href="https://telgenytt.se/boel/" data-spalt-article="boel">INSÄNDARE: Vad förväntade du dig Boel?</a></p>\n<!-- /wp:paragraph -->',
  },
  {
    // An export's "Läs även" to an article published nowhere: the headline without a link, never href="".
    node: 'read-also without an address',
    body: body({ type: 'read-also', version: 1, title: 'Stor insats vid anstalten Hall' }),
    markup:
      '<!-- wp:paragraph {"className":"spalt-read-also"} -->\n<p class="spalt-read-also">Läs även: Stor insats vid anstalten Hall</p>\n<!-- /wp:paragraph -->',
  },
  {
    node: 'ad-slot',
    body: body({ type: 'ad-slot', version: 1 }),
    markup: '<!-- wp:html -->\n<div class="spalt-ad-slot"></div>\n<!-- /wp:html -->',
  },
  {
    node: 'fact-box',
    body: body({ type: 'fact-box', version: 1, heading: 'Södertäljes förebyggande verksamheter:', items: ['Fältarna', 'Nattvandring'] }),
    markup:
      '<!-- wp:group {"className":"spalt-fact-box"} -->\n<div class="wp-block-group spalt-fact-box"><!-- wp:heading {"level":3} -->\n' +
      '<h3>Södertäljes förebyggande verksamheter:</h3>\n<!-- /wp:heading -->\n\n<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Fältarna</li>\n<!-- /wp:list-item -->\n\n' +
      '<!-- wp:list-item -->\n<li>Nattvandring</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></div>\n<!-- /wp:group -->',
  },
  {
    node: 'signature',
    body: body({
      type: 'signature',
      version: 1,
      signers: [
        { name: 'Sanny Shamoun', title: 'fil dr psykologi' },
        { name: 'Hülya Koc', title: '' },
      ],
    }),
    markup:
      '<!-- wp:group {"className":"spalt-signature"} -->\n<div class="wp-block-group spalt-signature"><!-- wp:paragraph -->\n<p>Sanny Shamoun<br>fil dr psykologi</p>\n<!-- /wp:paragraph -->\n\n' +
      '<!-- wp:paragraph -->\n<p>Hülya Koc</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->',
  },
  {
    node: 'separator',
    body: body({ type: 'separator', version: 1 }),
    markup: '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
  },
  {
    node: 'raw-block',
    body: body({
      type: 'raw-block',
      version: 1,
      markup: '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery"></figure>\n<!-- /wp:gallery -->',
    }),
    markup: '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery"></figure>\n<!-- /wp:gallery -->',
  },
];

const editor = createHeadlessEditor({
  namespace: 'test',
  nodes: [...bodyNodes],
  onError: (error) => {
    throw error;
  },
});

describe.each(examples)('$node', ({ body: document, markup }) => {
  it('survives a parse and export by the real node classes unchanged', () => {
    expect(editor.parseEditorState(JSON.stringify(document)).toJSON()).toEqual(document);
  });

  it('is written as the markup WordPress 6.1 saves', () => {
    expect(documentToBlocks(document)).toBe(markup);
  });

  it('is read back from that markup into the same body', () => {
    expect(blocksToDocument(markup)).toEqual(document);
  });
});

describe('markup from elsewhere', () => {
  it('reads a question as Spalt first published it (a plain paragraph with the class) as a question', () => {
    const old =
      '<!-- wp:paragraph {"className":"spalt-question"} -->\n<p class="spalt-question">Hur <em>började</em> programmet?</p>\n<!-- /wp:paragraph -->';
    expect(blocksToDocument(old)).toEqual(body(element('interview-question', [text('Hur '), text('började', 2), text(' programmet?')])));
  });

  it('keeps bold inside a question, and a question in bold', () => {
    const document = body(element('interview-question', [text('Hur '), text('började', 1), text(' programmet?')]));
    expect(documentToBlocks(document)).toContain('<p class="spalt-question"><strong>Hur <strong>började</strong> programmet?</strong></p>');
    expect(blocksToDocument(documentToBlocks(document))).toEqual(document);
  });

  it('reads headings, lists, fact boxes and live updates as WordPress 7.1 saves them into the same body', () => {
    // 7.1's editor adds wp-block-heading and wp-block-list to what Spalt (and 6.1) writes.
    const document = body(
      element('heading', [text('Ingen brottsmisstanke')], { tag: 'h2' }),
      element('list', [element('listitem', [text('polis')], { value: 3 })], { listType: 'number', start: 3, tag: 'ol' }),
      { type: 'fact-box', version: 1, heading: 'Fakta', items: ['Fältarna'] },
      element('live-update', [paragraph(text('Polisen har lämnat anstalten.'))], { time: '2024-05-09T21:00:00.000Z' }),
    );
    const as71Saves = documentToBlocks(document)
      .replace(/<(h[23])>/g, '<$1 class="wp-block-heading">')
      .replace(/<ol start="3">/g, '<ol start="3" class="wp-block-list">')
      .replace(/<ul>/g, '<ul class="wp-block-list">');
    expect(as71Saves.match(/wp-block-(heading|list)"/g)).toHaveLength(5);
    expect(blocksToDocument(as71Saves)).toEqual(document);
  });
});

describe('empty paragraphs', () => {
  it('are no blocks: not the place to write on below a block, nor the body of a new article', () => {
    const signature = { type: 'signature', version: 1, signers: [{ name: 'Metin Hawsho', title: 'gruppledare (L)' }] };
    const markup = documentToBlocks(body(paragraph(), paragraph(text('Text.')), paragraph(text('  ')), signature, paragraph()));
    expect(markup).not.toContain('<p></p>');
    expect(markup).not.toMatch(/<p>\s*<\/p>/);
    expect(markup.match(/<!-- wp:paragraph -->/g)).toHaveLength(2);
    expect(documentToBlocks(body(paragraph()))).toBe('');
    const update = element('live-update', [paragraph()], { time: '2024-05-09T21:00:00.000Z' });
    expect(documentToBlocks(body(update))).not.toContain('<p></p>');
  });
});
