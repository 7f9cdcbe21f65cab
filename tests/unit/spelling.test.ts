import dictionary from 'dictionary-sv';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSwedishSpeller } from '../../shared/proofing/hunspell';
import { Speller } from '../../shared/proofing/speller';
import { parseWordList, wordListText } from '../../shared/proofing/word-list';
import { wordsIn } from '../../shared/proofing/words';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyPlainText } from '../../shared/document/plain-text';
import { seedArticles } from '../fixtures/seeds';

let speller: Speller;
beforeAll(async () => {
  speller = await loadSwedishSpeller(dictionary);
});

const unknown = (text: string, ignored?: Set<string>) => speller.unknownIn(text, ignored).map((w) => w.word);

describe('Swedish spelling with Hunspell', () => {
  it('finds the typos the seed pages went out with, and offers the right word first', () => {
    const text =
      'Det är viktigt att de som arbetar inom sociatjänsten kan få stöd. Kvinnojourer och kvnnojourer hjälper den våldutsatta. Mer kompetens nypersonal.';
    expect(unknown(text)).toEqual(['sociatjänsten', 'kvnnojourer', 'våldutsatta', 'nypersonal']);
    expect(speller.suggest('sociatjänsten')[0]).toBe('socialtjänsten');
    expect(speller.suggest('kvnnojourer')[0]).toBe('kvinnojourer');
    expect(speller.suggest('våldutsatta')[0]).toBe('våldsutsatta');
  });

  it('knows every word of the seed articles once the newsroom’s list holds their names and places', () => {
    const list = parseWordList(readFileSync(join(import.meta.dirname, '../fixtures/newsroom-words.txt'), 'utf8'));
    expect(list.skipped).toBe(0);
    const texts = Object.values(seedArticles).map((seed) => [seed.headline, seed.lead, bodyPlainText(seed.body)].join('\n'));
    // Without the list: the names and places, and nothing else.
    expect(new Set(texts.flatMap((text) => unknown(text)))).toEqual(
      new Set([...list.words.filter((word) => word !== 'fältarna'), 'Godners', 'Fältarna']),
    );
    const withList = new Speller(speller.engine);
    withList.setKnown(list.words);
    expect(texts.flatMap((text) => withList.unknownIn(text).map((w) => w.word))).toEqual([]);
  });

  it('accepts Swedish compounds, inflections and abbreviations with endings', () => {
    expect(unknown('Kommunfullmäktige i Södertälje beslutade om gängledare, e-post och SVT:s granskning.')).toEqual([]);
  });

  it('says where each unknown word stands, in the offsets the editor uses', () => {
    const text = 'Hej – sociatjänsten!';
    const [found] = speller.unknownIn(text);
    expect(found).toEqual({ word: 'sociatjänsten', start: 6, end: 19 });
    expect(text.slice(found!.start, found!.end)).toBe('sociatjänsten');
  });

  it('knows the newsroom’s names and words, with the genitive, once told', () => {
    expect(unknown('Metin Hawsho skriver. Hawshos förslag.')).toEqual(['Metin', 'Hawsho', 'Hawshos']);
    speller.setKnown(['Metin Hawsho', 'Spaltkollen']);
    expect(unknown('Metin Hawsho skriver. Hawshos förslag i Spaltkollen.')).toEqual([]);
    expect(speller.suggest('Hawhso')).toContain('Hawsho');
    speller.setKnown([]);
    expect(unknown('Hawsho')).toEqual(['Hawsho']);
  });

  it('leaves what an article ignores alone', () => {
    expect(unknown('Stödet i Hovsjö kallas peerstöd.', new Set(['peerstöd']))).toEqual([]);
  });
});

describe('the words spelling judges', () => {
  it('skips numbers, addresses and mixed tokens', () => {
    expect(wordsIn('COVID-19 kl. 23:00, se www.lansstidning.se och info@example.se eller 2024.').map((w) => w.word)).toEqual([
      'kl',
      'se',
      'och',
      'eller',
    ]);
  });
});

describe('the newsroom’s word list as a file', () => {
  it('reads one word a line (BOM, CRLF, blanks and comments too) and says how many lines were no word', () => {
    expect(parseWordList('\uFEFFHawsho\r\n\r\n# namn\nHjulström\nnågot med mellanslag\nHawsho\n')).toEqual({
      words: ['Hawsho', 'Hjulström'],
      skipped: 1,
    });
  });

  it('writes the list sorted the Swedish way, one word a line', () => {
    expect(wordListText(['Östberg', 'Ahmed', 'Åkesson', 'Zetterberg'])).toBe('Ahmed\nZetterberg\nÅkesson\nÖstberg\n');
  });
});
