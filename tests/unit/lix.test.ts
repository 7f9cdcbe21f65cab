import { describe, expect, it } from 'vitest';
import { lix, lixBand } from '../../shared/proofing/lix';
import { textStats } from '../../shared/document/text-stats';
import { seedArticles } from '../fixtures/seeds';
import { bodyPlainText } from '../../shared/document/plain-text';

describe('LIX', () => {
  it('counts words per sentence and the share of words longer than six letters', () => {
    // 8 words, 2 sentences, 1 long word ("springer"): 4 + 12.5 = 16.5.
    expect(lix('Katten sitter på mattan. Hunden springer i parken.')).toEqual({ value: 17, band: 'veryEasy' });
    // 6 words in one sentence, every one long: 6 + 100.
    expect(lix('Kommunfullmäktiges förvaltningsberättelse innehåller omfattande ekonomiska avvikelser.')).toEqual({
      value: 106,
      band: 'veryHard',
    });
  });

  it('ends a sentence at a colon, a question or exclamation mark and a line of its own', () => {
    // Four sentences of two words, none long: 2 + 0.
    expect(lix('Vad hände? Ingen vet!\nKort rubrik\nHan sade: nej.')?.value).toBe(2);
  });

  it('gives the Swedish bands at their bounds', () => {
    expect([29, 30, 39, 40, 49, 50, 59, 60].map(lixBand)).toEqual([
      'veryEasy',
      'easy',
      'easy',
      'medium',
      'medium',
      'hard',
      'hard',
      'veryHard',
    ]);
    expect(lix('')).toBeNull();
    expect(lix('  2024 ')?.band).toBe('veryEasy');
  });

  it('reads the seed articles as newspaper prose: medium to hard', () => {
    for (const seed of Object.values(seedArticles)) {
      const text = [seed.headline, seed.lead, bodyPlainText(seed.body)].join('\n');
      const value = lix(text)?.value ?? 0;
      expect(textStats(text).words).toBeGreaterThan(80);
      expect(value, seed.headline).toBeGreaterThanOrEqual(35);
      expect(value, seed.headline).toBeLessThanOrEqual(55);
    }
  });
});
