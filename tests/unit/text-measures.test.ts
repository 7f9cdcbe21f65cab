import { describe, expect, it } from 'vitest';
import { createTextMeasures } from '../../shared/document/text-measures';
import { bodyPlainText } from '../../shared/document/plain-text';
import { textStats } from '../../shared/document/text-stats';
import { lix } from '../../shared/proofing/lix';
import { seedArticles } from '../fixtures/seeds';

const seedTexts = Object.values(seedArticles).map((seed) => [seed.headline, seed.lead, bodyPlainText(seed.body)].join('\n'));
const odd = [
  '',
  '\n\n',
  '   \n \t\n',
  '  Inledande blanksteg.\n\nOch avslutande.  \n\n  ',
  'Rad ett.\nRad två: ja!\n\n\nRad tre utan slut',
  'Ord\u00a0med hårt mellanslag. 12,5 procent. Kl. 13.18 i Södertälje.',
  '\tTabb\n\n\tTabb igen.\n',
];

describe('an article measured a line at a time', () => {
  it.each([...seedTexts, ...odd].map((text, i) => [i, text] as const))(
    'gives what textStats and lix give on the whole text (%i)',
    (_i, text) => {
      const measure = createTextMeasures();
      expect(measure(text)).toEqual({ stats: textStats(text), lix: lix(text) });
      // Again, with every line remembered, and after one line changed.
      expect(measure(text)).toEqual({ stats: textStats(text), lix: lix(text) });
      const changed = text.replace(/\n/, ' Tillagt. Ett långtidsminne.\n');
      expect(measure(changed)).toEqual({ stats: textStats(changed), lix: lix(changed) });
    },
  );
});
