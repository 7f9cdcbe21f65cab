import { useEffect, useState } from 'react';
import type { SpellingFinding } from '../../shared/article/checklist';
import { findingsIn } from '../../shared/proofing/words';
import { spelling } from './spelling-client';
import type { ProofingWords } from './useProofingWords';

type TextField = Extract<SpellingFinding['block'], string>;
const textFields: readonly TextField[] = ['kicker', 'headline', 'lead'];

/** Pause before the fields are read, as for the body. */
const pauseMs = 500;

/** The unknown words of the kicker, headline and lead, for the checklist; after a pause in typing. */
export function useFieldSpelling(fields: Record<TextField, string>, words: ProofingWords): SpellingFinding[] {
  const [findings, setFindings] = useState<SpellingFinding[]>([]);
  const { kicker, headline, lead } = fields;
  const { version, ignored } = words;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const texts = { kicker, headline, lead };
      void spelling.check(textFields.map((key) => ({ key, text: texts[key] }))).then((results) => {
        if (!live) return;
        setFindings(results.flatMap(({ key, words: found }) => findingsIn(key as TextField, found, ignored)));
      }, console.warn);
    }, pauseMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [kicker, headline, lead, version, ignored]);
  return findings;
}
