import { describe, expect, it } from 'vitest';
import { emptyBody } from '../../shared/document/empty-body';
import { blocksToDocument } from '../../shared/document/markup/from-blocks';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';

const paragraphMarkup = (html: string) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;
const typesOf = (markup: string) => blocksToDocument(markup).root.children.map((node) => node.type);
const rawMarkups = (markup: string) =>
  blocksToDocument(markup)
    .root.children.filter((node) => node.type === 'raw-block')
    .map((node) => node.markup);

describe('text in markup', () => {
  it('escapes what HTML needs and the browser writes as entities, and reads it back', () => {
    const markup = paragraphMarkup('Fish &amp; chips &lt;b&gt; ”citat” "rak"&nbsp;slut');
    const document = blocksToDocument(markup);
    expect(JSON.stringify(document)).toContain('Fish & chips <b> ”citat” \\"rak\\"\u00a0slut');
    expect(documentToBlocks(document)).toBe(markup);
  });

  it('nests formats in one order, sharing a tag between neighbours, whatever order it was read in', () => {
    const markup = documentToBlocks(blocksToDocument(paragraphMarkup('<em><strong>båda</strong></em><b>fet</b> <i>kursiv</i>')));
    expect(markup).toBe(paragraphMarkup('<strong><em>båda</em>fet</strong> <em>kursiv</em>'));
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });

  it('keeps line breaks and underline as WordPress 6.1 writes them', () => {
    const markup = paragraphMarkup('Sanny Shamoun<br><span style="text-decoration: underline;">fil dr</span>');
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });
});

describe('markup Spalt cannot edit', () => {
  it('keeps an unknown block verbatim between blocks it reads', () => {
    const gallery =
      '<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images"></figure>\n<!-- /wp:gallery -->';
    const markup = [paragraphMarkup('Före'), gallery, paragraphMarkup('Efter')].join('\n\n');
    expect(typesOf(markup)).toEqual(['paragraph', 'raw-block', 'paragraph']);
    expect(rawMarkups(markup)).toEqual([gallery]);
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });

  it('keeps a self-closing block of another plugin', () => {
    const markup = '<!-- wp:acme/poll {"id":7} /-->';
    expect(rawMarkups(markup)).toEqual([markup]);
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });

  it('keeps a block whose attributes are not valid JSON', () => {
    const broken = '<!-- wp:paragraph {"align":center} -->\n<p>Text</p>\n<!-- /wp:paragraph -->';
    expect(rawMarkups(broken)).toEqual([broken]);
  });

  it('keeps a known block with attributes the body cannot hold', () => {
    const centred = '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Mitt</p>\n<!-- /wp:paragraph -->';
    const quoteWithCitation =
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Citat</p>\n<!-- /wp:paragraph --><cite>Någon</cite></blockquote>\n<!-- /wp:quote -->';
    expect(rawMarkups(`${centred}\n\n${quoteWithCitation}`)).toEqual([centred, quoteWithCitation]);
  });

  it('keeps a block whose HTML is broken or holds an element the body cannot hold', () => {
    const unclosed = paragraphMarkup('a <strong>b');
    const stray = paragraphMarkup('a </em> b');
    const image = paragraphMarkup('a <img src="x.png"> b');
    const styled = paragraphMarkup('<span style="color:red">röd</span>');
    expect(rawMarkups([unclosed, stray, image, styled].join('\n\n'))).toEqual([unclosed, stray, image, styled]);
  });

  it('keeps a block that is never closed, and still reads the blocks after it', () => {
    const markup = `<!-- wp:paragraph -->\n<p>Aldrig stängd</p>\n\n${paragraphMarkup('Sist')}`;
    expect(typesOf(markup)).toEqual(['raw-block', 'paragraph']);
    expect(rawMarkups(markup)).toEqual(['<!-- wp:paragraph -->\n<p>Aldrig stängd</p>']);
  });

  it('keeps a comment that is never closed as text', () => {
    const markup = `${paragraphMarkup('Först')}\n\n<!-- wp:paragraph {"a":1}\n<p>Resten</p>`;
    expect(typesOf(markup)).toEqual(['paragraph', 'raw-block']);
    expect(rawMarkups(markup)).toEqual(['<!-- wp:paragraph {"a":1}\n<p>Resten</p>']);
  });

  it('keeps a closing comment that closes nothing, and a block closed by the wrong name', () => {
    const markup = `<!-- /wp:group -->\n\n<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:heading -->`;
    expect(rawMarkups(markup).join('\n\n')).toBe(markup);
  });

  it('keeps HTML outside any block', () => {
    const markup = `<p>Klassisk text</p>\n\n${paragraphMarkup('Block')}\n\n<div>mer</div>`;
    expect(rawMarkups(markup)).toEqual(['<p>Klassisk text</p>', '<div>mer</div>']);
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });

  it('keeps a live update whose heading was edited by hand', () => {
    const edited =
      '<!-- wp:group {"className":"spalt-live-update"} -->\n<div class="wp-block-group spalt-live-update"><!-- wp:heading {"level":3} -->\n' +
      '<h3><time datetime="2024-05-09T21:00:00.000Z">Uppdatering kl 23</time></h3>\n<!-- /wp:heading --></div>\n<!-- /wp:group -->';
    expect(rawMarkups(edited)).toEqual([edited]);
  });

  it('keeps a list in the form WordPress used before 6.1', () => {
    const oldList = '<!-- wp:list -->\n<ul><li>polis</li><li>ambulans</li></ul>\n<!-- /wp:list -->';
    expect(rawMarkups(oldList)).toEqual([oldList]);
  });

  it('reads empty markup as an empty body', () => {
    expect(blocksToDocument('')).toEqual(emptyBody());
    expect(blocksToDocument('\n\n')).toEqual(emptyBody());
  });
});
