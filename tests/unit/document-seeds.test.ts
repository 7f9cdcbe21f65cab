import { describe, expect, it } from 'vitest';
import { blocksToDocument } from '../../shared/document/markup/from-blocks';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { bodyPlainText } from '../../shared/document/plain-text';
import { seedArticles, slutaSvartmala, storInsatsHall } from '../fixtures/seeds';

describe.each(Object.entries(seedArticles))('seed %s', (_name, article) => {
  it('goes to markup and back into the same body', () => {
    expect(blocksToDocument(documentToBlocks(article.body))).toEqual(article.body);
  });

  it('gives the same markup when written a second time', () => {
    const markup = documentToBlocks(article.body);
    expect(documentToBlocks(blocksToDocument(markup))).toBe(markup);
  });

  it('writes only core blocks, none of them kept raw', () => {
    const markup = documentToBlocks(article.body);
    const names = new Set([...markup.matchAll(/<!-- wp:([a-z/-]+)/g)].map((match) => match[1]));
    const coreBlocks = ['paragraph', 'heading', 'list', 'list-item', 'quote', 'pullquote', 'image', 'group', 'separator', 'html'];
    expect([...names].filter((name) => !coreBlocks.includes(name ?? ''))).toEqual([]);
    expect(JSON.stringify(blocksToDocument(markup))).not.toContain('raw-block');
  });
});

describe('seed text', () => {
  it('reads the news story with its photo credit, ad slot and paragraphs in order', () => {
    expect(bodyPlainText(storInsatsHall.body).split('\n').filter(Boolean)).toEqual([
      'Arkivbild',
      expect.stringMatching(/^Vid lunchtid på torsdagen mottog SOS Alarm/),
      expect.stringMatching(/^Polisen klargjorde slutligen/),
    ]);
  });

  it('reads the opinion piece through pull quotes, signers and the read-also link', () => {
    const lines = bodyPlainText(slutaSvartmala.body).split('\n').filter(Boolean);
    expect(lines[0]).toBe('Foto: Shamash Oyal');
    expect(lines).toContain('Konsekvenserna av Godners beskrivning av staden är tydligt negativa och förödande.');
    expect(lines.slice(-7)).toEqual([
      'Sanny Shamoun',
      'fil dr psykologi',
      'Hülya Koc',
      'fil kand företagsekonomi',
      'Yelda Hadodo',
      'skådespelare/regissör',
      'Läs även: – INSÄNDARE: Vad förväntade du dig Boel?',
    ]);
  });
});
