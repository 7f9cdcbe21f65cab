/** Each clash of a merge in the whole text it stands in: the field, or the block, as each version has it. */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { conflictContexts } from '../../shared/revisions/conflict-context';
import { mergeArticles } from '../../shared/revisions/merge';
import { body, p } from '../fixtures/seeds/build';

const draft = (headline: string, paragraphs: string[]): ArticleDraft => ({
  kind: 'news',
  kicker: '',
  headline,
  lead: '',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [],
  mainPhotoId: null,
  body: body(...paragraphs.map((text) => p(text))),
});

describe('conflict contexts', () => {
  it('gives the headline and each clashing paragraph whole, in each version, other merged changes included', () => {
    const ancestor = draft('Simhallen stänger', [
      'Första stycket om hallen.',
      'Den öppnar i augusti.',
      'Tredje stycket.',
      'Kostnaden är hög.',
    ]);
    const local = draft('Simhallen stänger i sommar', [
      'Första stycket om hallen.',
      'Den öppnar i oktober.',
      'Tredje stycket, ändrat här.',
      'Kostnaden är 40 miljoner.',
    ]);
    const remote = draft('Simhallen stänger i juni', [
      'Första stycket om simhallen.',
      'Den öppnar i september.',
      'Tredje stycket.',
      'Kostnaden är 50 miljoner.',
    ]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts.map((conflict) => conflict.place)).toEqual([
      { part: 'field', field: 'headline' },
      { part: 'body', blockIndex: 1, blockId: null },
      { part: 'body', blockIndex: 3, blockId: null },
    ]);
    expect(conflictContexts(merge)).toEqual([
      { ancestor: 'Simhallen stänger', local: 'Simhallen stänger i sommar', remote: 'Simhallen stänger i juni' },
      { ancestor: 'Den öppnar i augusti.', local: 'Den öppnar i oktober.', remote: 'Den öppnar i september.' },
      { ancestor: 'Kostnaden är hög.', local: 'Kostnaden är 40 miljoner.', remote: 'Kostnaden är 50 miljoner.' },
    ]);
  });

  it('gives a paragraph deleted on one side and edited on the other as the blocks themselves', () => {
    const ancestor = draft('H', ['Stycke ett.', 'Stycket som tas bort.']);
    const local = draft('H', ['Stycke ett.']);
    const remote = draft('H', ['Stycke ett.', 'Stycket som tas bort, ändrat på webbplatsen.']);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toHaveLength(1);
    expect(merge.conflicts[0]?.deletedBy).toBe('local');
    expect(conflictContexts(merge)).toEqual([
      { ancestor: 'Stycket som tas bort.', local: '', remote: 'Stycket som tas bort, ändrat på webbplatsen.' },
    ]);
  });
});
