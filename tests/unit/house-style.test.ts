import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { checkArticle } from '../../shared/article/checklist';
import { newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom, NewsroomSettings } from '../../shared/article/newsroom';
import type { BodyDocument } from '../../shared/document/body';
import { defaultHouseStyle } from '../../shared/article/newsroom';
import { replaceNth, styleFindings, type HouseStyle } from '../../shared/proofing/house-style';
import { seedArticles } from '../fixtures/seeds';

const found = (text: string, style: Partial<HouseStyle> = {}, place: 'running' | 'title' = 'running') =>
  styleFindings(text, { ...defaultHouseStyle, ...style }, place).map(({ rule, found: was, fix }) => [rule, was, fix]);

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...values: string[]) => ({ type: 'paragraph', version: 1, children: values.map(text) });
const heading = (value: string) => ({ type: 'heading', tag: 'h2', version: 1, children: [text(value)] });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } }) as unknown as BodyDocument;

function draft(partial: Partial<ArticleDraft>): ArticleDraft {
  return {
    ...newDraft('news', defaultNewsroom),
    headline: 'Förskolan i Järna skjuts upp',
    lead: 'Bygget börjar först nästa år.',
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    ...partial,
  };
}

describe('the house style', () => {
  it('writes times "kl. 13.18" by default, and "kl. 13:18" when the newsroom prefers the colon', () => {
    expect(found('Mötet börjar 13:18 och slutar kl 15.00. Tåget gick kl.9.05.')).toEqual([
      ['style.clock', '13:18', '13.18'],
      ['style.clock', 'kl 15.00', 'kl. 15.00'],
      ['style.clock', 'kl.9.05', 'kl. 9.05'],
    ]);
    expect(found('Mötet börjar kl. 13.18.', { clock: 'colon' })).toEqual([['style.clock', 'kl. 13.18', 'kl. 13:18']]);
    expect(found('Matchen slutade 16:9 och 2:1, kl. 13.18 som planerat.')).toEqual([]);
    expect(found('Mötet börjar 13:18.', { clock: 'off' })).toEqual([]);
  });

  it('writes two to nine in words in running text, but not measures, money, dates, per cent or numbered things', () => {
    expect(found('Kommunen anställer 5 lärare och 3 kuratorer.')).toEqual([
      ['style.smallNumber', '5', 'fem'],
      ['style.smallNumber', '3', 'tre'],
    ]);
    expect(
      found('Det är 3 km dit, 7 kronor per resa, den 5 maj, 4 procent, buss 4, sidan 2, nr 7, kl. 9, 2,5 timmar, 3–1 och 12 barn.'),
    ).toEqual([]);
    // "en" or "ett" depends on the noun, so 1 is left to the writer.
    expect(found('Hon har 1 syster.')).toEqual([]);
    // A headline is no running text.
    expect(found('5 saker att veta om bron', {}, 'title')).toEqual([]);
  });

  it('writes "procent" out, or the sign, as the newsroom prefers', () => {
    expect(found('Skatten höjs med 25 % och räntan med 1,5%.')).toEqual([
      ['style.percent', '25 %', '25 procent'],
      ['style.percent', '1,5%', '1,5 procent'],
    ]);
    expect(found('Skatten höjs med 25 procent.', { percent: 'sign' })).toEqual([['style.percent', '25 procent', '25 %']]);
  });

  it('finds double spaces between words, and sentences longer than the newsroom’s limit', () => {
    expect(found('Bron  byggs i   år.')).toEqual([
      ['style.doubleSpace', '  ', ' '],
      ['style.doubleSpace', '   ', ' '],
    ]);
    const long = `Bygget ${'och arbetet '.repeat(10)}tar slut i år. Sedan öppnar bron.`;
    expect(styleFindings(long, { ...defaultHouseStyle, sentenceMaxWords: 20 }).map((f) => [f.rule, f.params])).toEqual([
      ['style.longSentence', { words: 25, max: 20 }],
    ]);
    expect(styleFindings(long, { ...defaultHouseStyle, sentenceMaxWords: 0 })).toEqual([]);
  });

  it('replaces the nth occurrence of a phrase, and nothing when it is gone', () => {
    expect(replaceNth('5 och 5 och 5', '5', 1, 'fem')).toBe('5 och fem och 5');
    expect(replaceNth('inget här', '5', 0, 'fem')).toBeNull();
  });

  it('leaves the seed articles alone but for their longest sentences', () => {
    for (const seed of Object.values(seedArticles)) {
      const items = checkArticle(draft({ ...seed, bylines: [] }), {
        newsroom: defaultNewsroom,
        linkedArticle: () => ({ state: 'ready' }),
      }).filter((item) => item.rule.startsWith('style.'));
      expect(
        items.filter((item) => item.rule !== 'style.longSentence'),
        seed.headline,
      ).toEqual([]);
    }
  });
});

describe('the house style in the checklist', () => {
  it('warns at the phrase’s place, with its fix, and never stops publishing', () => {
    const items = checkArticle(
      draft({
        lead: 'Arbetet börjar 13:18.',
        body: body(heading('5 frågor om bron'), paragraph('Det kostar 5 miljoner, sa ', 'de 5 politikerna och 5 tjänstemännen.')),
      }),
      { newsroom: defaultNewsroom, linkedArticle: () => ({ state: 'ready' }) },
    );
    expect(items).toEqual([
      {
        rule: 'style.clock',
        severity: 'warning',
        params: { found: '13:18', fix: '13.18' },
        target: { field: 'lead', phrase: { text: '13:18', nth: 0 } },
        fix: '13.18',
      },
      {
        rule: 'style.smallNumber',
        severity: 'warning',
        params: { found: '5', fix: 'fem' },
        target: { block: 1, phrase: { text: '5', nth: 1 } },
        fix: 'fem',
      },
      {
        rule: 'style.smallNumber',
        severity: 'warning',
        params: { found: '5', fix: 'fem' },
        target: { block: 1, phrase: { text: '5', nth: 2 } },
        fix: 'fem',
      },
    ]);
  });

  it('reads newsroom settings saved before the house style existed as the default style', () => {
    const { houseStyle: _, ...older } = defaultNewsroom;
    expect(NewsroomSettings.parse(older).houseStyle).toEqual(defaultHouseStyle);
  });
});
