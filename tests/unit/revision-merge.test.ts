import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { bodyPlainText } from '../../shared/document/plain-text';
import { withBlockId } from '../../shared/revisions/block-id';
import { nodeText } from '../../shared/revisions/block-content';
import { mergeArticles, resolveMerge } from '../../shared/revisions/merge';
import { seedArticles } from '../fixtures/seeds';
import { factBox, p, pullQuote, question, text } from '../fixtures/seeds/build';
import { seedDraft } from '../fixtures/seeds/draft';
import { formattedBody } from '../support/bodies';

type Block = BodyDocument['root']['children'][number];
const withBody = (draft: ArticleDraft, children: Block[]): ArticleDraft => ({ ...draft, body: { root: { ...draft.body.root, children } } });
const blocksOf = (draft: ArticleDraft): Block[] => [...draft.body.root.children];
const lines = (draft: ArticleDraft) => bodyPlainText(draft.body).split('\n').filter(Boolean);
/** A paragraph's single text with one phrase replaced, as the journalist would type it. */
const edit = (block: Block | undefined, from: string, to: string): Block => {
  const [first] = (block?.children ?? []) as Block[];
  if (!block || !first || typeof first.text !== 'string' || !first.text.includes(from)) throw new Error(`no "${from}" to edit`);
  return { ...block, children: [{ ...first, text: first.text.replace(from, to) }] };
};

const hall = seedDraft(seedArticles.storInsatsHall);
const [hallPhoto, hallAd, lunch, police] = blocksOf(hall);

describe('three-way merge', () => {
  it('merges edits of different blocks and of different words of one block by itself', () => {
    const local = withBody({ ...hall, headline: 'Stor insats vid anstalten Hall i Södertälje i går' }, [
      hallPhoto,
      hallAd,
      edit(lunch, 'på torsdagen', 'på fredagen'),
      edit(police, 'för närvarande oklart', 'fortfarande okänt'),
    ] as Block[]);
    const remote = withBody({ ...hall, headline: 'Stor polisinsats vid anstalten Hall i Södertälje' }, [
      hallPhoto,
      hallAd,
      edit(lunch, 'de intagna', 'de intagna på avdelning Ö'),
      police,
    ] as Block[]);
    const merge = mergeArticles(hall, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.headline).toBe('Stor polisinsats vid anstalten Hall i Södertälje i går');
    expect(lines(merge.merged)).toEqual([
      'Arkivbild',
      'Vid lunchtid på fredagen mottog SOS Alarm ett samtal om en incident vid anstalten Hall. Enligt initiala uppgifter rörde det sig om ett stort pådrag, men detta visade sig senare av polisen bekräftas handla om ett sjukdomsfall bland de intagna på avdelning Ö.',
      'Polisen klargjorde slutligen att ingen brottsmisstanke förelåg och att situationen uppstått till följd av att en person hade skadat sig. Skadeläget är fortfarande okänt.',
    ]);
  });

  it('returns the same words changed on both sides as a conflict with all three, local kept until the person chooses', () => {
    const local = withBody(hall, [hallPhoto, hallAd, edit(lunch, 'på torsdagen', 'på fredagen'), police] as Block[]);
    const remote = withBody(hall, [
      hallPhoto,
      hallAd,
      edit(lunch, 'på torsdagen', 'på onsdagen'),
      edit(police, 'oklart', 'okänt'),
    ] as Block[]);
    const merge = mergeArticles(hall, local, remote);
    expect(merge.conflicts).toEqual([
      {
        id: 'c1',
        kind: 'words',
        place: { part: 'body', blockIndex: 2, blockId: null },
        ancestor: 'torsdagen',
        local: 'fredagen',
        remote: 'onsdagen',
        options: ['local', 'remote', 'both'],
        defaultChoice: 'local',
      },
    ]);
    expect(lines(merge.merged)[1]).toMatch(/^Vid lunchtid på fredagen mottog/);
    expect(lines(merge.merged)[2]).toMatch(/Skadeläget är för närvarande okänt\.$/);
    expect(lines(resolveMerge(merge, { c1: 'remote' }))[1]).toMatch(/^Vid lunchtid på onsdagen mottog/);
    expect(lines(resolveMerge(merge, { c1: 'both' }))[1]).toMatch(/^Vid lunchtid på fredagen onsdagen mottog/);
    expect(() => resolveMerge(merge, { c9: 'remote' })).toThrow(RangeError);
  });

  it('keeps a block edited on one side and deleted on the other until the person chooses to delete it', () => {
    const local = withBody(hall, [hallPhoto, hallAd, lunch] as Block[]);
    const remote = withBody(hall, [hallPhoto, hallAd, lunch, edit(police, 'oklart', 'stabilt')] as Block[]);
    const merge = mergeArticles(hall, local, remote);
    expect(merge.conflicts).toHaveLength(1);
    expect(merge.conflicts[0]).toMatchObject({
      kind: 'deleted',
      deletedBy: 'local',
      local: '',
      options: ['local', 'remote'],
      defaultChoice: 'remote',
    });
    expect(merge.conflicts[0]?.remote).toMatch(/Skadeläget är för närvarande stabilt\.$/);
    expect(lines(merge.merged)).toHaveLength(3);
    expect(lines(resolveMerge(merge, { c1: 'local' }))).toHaveLength(2);
    // A block deleted on one side and untouched on the other is simply gone.
    expect(mergeArticles(hall, local, withBody(hall, [hallPhoto, lunch, police] as Block[])).merged.body.root.children).toEqual([
      hallPhoto,
      lunch,
    ]);
  });

  it("merges a move on one side with an edit of the same block on the other, and keeps both sides' inserts, local first", () => {
    const local = withBody(hall, [hallPhoto, police, hallAd, lunch, p('Lokalt: Kriminalvården har inte kommenterat.')] as Block[]);
    const remote = withBody(hall, [
      hallPhoto,
      hallAd,
      lunch,
      edit(police, 'skadat sig', 'skadat sig allvarligt'),
      p('Fjärr: Ambulanshelikoptern landade 12.40.'),
    ] as Block[]);
    const merge = mergeArticles(hall, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(lines(merge.merged).map((line) => line.slice(0, 40))).toEqual([
      'Arkivbild',
      'Polisen klargjorde slutligen att ingen b',
      'Vid lunchtid på torsdagen mottog SOS Ala',
      'Lokalt: Kriminalvården har inte kommente',
      'Fjärr: Ambulanshelikoptern landade 12.40',
    ]);
    expect(lines(merge.merged)[1]).toContain('skadat sig allvarligt');
    expect(merge.merged.body.root.children[2]).toEqual(hallAd);
  });

  it('follows blocks by id when one side rewrote a paragraph completely', () => {
    const ancestor = withBody(
      hall,
      blocksOf(hall).map((block, i) => withBlockId(block, `b${i}`)),
    );
    const [photo, ad, first, second] = blocksOf(ancestor);
    const rewritten = withBlockId(p('Larmet kom strax före tolv från anstalten Hall.'), 'b2');
    const local = withBody(ancestor, [photo, ad, rewritten, second] as Block[]);
    const remote = withBody(ancestor, [photo, ad, first, edit(second, 'oklart', 'okänt')] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.body.root.children[2]).toEqual(rewritten);
    expect(lines(merge.merged)[2]).toMatch(/okänt\.$/);
  });

  it('merges fields: words of the headline, bylines added on both sides, a clash over the kind and the main photo', () => {
    const isa = hall.bylines;
    const local: ArticleDraft = {
      ...hall,
      kind: 'brief',
      lead: `${hall.lead} Polisen är kvar.`,
      bylines: [...isa, { role: 'photo', name: 'Åsa Öberg', personId: null }],
      mainPhotoId: '8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11',
    };
    const remote: ArticleDraft = {
      ...hall,
      kind: 'interview',
      lead: hall.lead.replace('En omfattande', 'En stor'),
      bylines: [...isa, { role: 'writer', name: 'Jörgen Ås', personId: null }],
      mainPhotoId: '2b7e9c40-5f3a-4e8b-8c1d-7a6b5c4d3e21',
    };
    const merge = mergeArticles(hall, local, remote);
    expect(merge.merged.lead).toBe(
      'En stor insats med polis, ambulans och ambulanshelikopter har nyligen genomförts vid kriminalvårdsanstalten Hall i Södertälje. Polisen är kvar.',
    );
    expect(merge.merged.bylines.map((byline) => byline.name)).toEqual(['Alexander Isa', 'Åsa Öberg', 'Jörgen Ås']);
    expect(merge.conflicts.map((c) => [c.id, c.kind, c.place, c.ancestor, c.local, c.remote])).toEqual([
      ['c1', 'value', { part: 'field', field: 'kind' }, 'news', 'brief', 'interview'],
      [
        'c2',
        'value',
        { part: 'field', field: 'mainPhotoId' },
        '',
        '8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11',
        '2b7e9c40-5f3a-4e8b-8c1d-7a6b5c4d3e21',
      ],
    ]);
    expect(merge.merged.kind).toBe('brief');
    const chosen = resolveMerge(merge, { c1: 'remote' });
    expect([chosen.kind, chosen.mainPhotoId]).toEqual(['interview', '8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11']);
  });

  it('merges an interview: two figures in one "–" answer changed on different sides, a new question and answer on one', () => {
    const interview = seedDraft(seedArticles.saLockasMedarbetare);
    const blocks = blocksOf(interview);
    const last = blocks.length - 1;
    const local = withBody(interview, [
      ...blocks.slice(0, last),
      edit(blocks[last], '74 studenter', '75 studenter'),
      question('Vad händer i höst?'),
      p('– Då börjar nästa grupp, säger Stina Hermansson.'),
    ]);
    const remote = withBody(interview, [...blocks.slice(0, last), edit(blocks[last], '28 socionomer', '30 socionomer')]);
    const merge = mergeArticles(interview, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(lines(merge.merged).slice(-3)).toEqual([
      '– Sedan starten 2018 har vi tagit emot 75 studenter på steg 1, haft 44 studentmedarbetare på steg 2 och anställt 30 socionomer efter examen.',
      'Vad händer i höst?',
      '– Då börjar nästa grupp, säger Stina Hermansson.',
    ]);
  });

  it("merges a pull quote's words and a fact box's items from both sides", () => {
    const box = factBox('Södertäljes förebyggande verksamheter:', ['Fältassistenter', 'Skolsociala team']);
    const quote = pullQuote('Vi ska inte ”bara” prata om trygghet', 'Åsa Öberg');
    const ancestor = withBody(hall, [quote, box] as Block[]);
    const local = withBody(hall, [
      { ...quote, text: 'Vi ska inte ”bara” prata om trygghet i Järna' },
      { ...box, items: ['Fältassistenter', 'Skolsociala team', 'Föräldravandring'] },
    ] as Block[]);
    const remote = withBody(hall, [
      { ...quote, text: 'Vi ska aldrig ”bara” prata om trygghet' },
      { ...box, items: ['Fältassistenter', 'Skolsociala team', 'Nattvandring'] },
    ] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.body.root.children).toEqual([
      { ...quote, text: 'Vi ska aldrig ”bara” prata om trygghet i Järna' },
      { ...box, items: ['Fältassistenter', 'Skolsociala team', 'Föräldravandring', 'Nattvandring'] },
    ]);
  });

  it('merges a block kept verbatim from WordPress as a whole: its markup changed on both sides is a clash', () => {
    const raw = (markup: string): Block => ({ type: 'raw-block', version: 1, markup });
    const ancestor = withBody(hall, [raw('<!-- wp:html --><p>Karta över Hall</p><!-- /wp:html -->')]);
    const merge = mergeArticles(
      ancestor,
      withBody(hall, [raw('<!-- wp:html --><p>Karta över anstalten Hall</p><!-- /wp:html -->')]),
      withBody(hall, [raw('<!-- wp:html --><div>Karta över Hall</div><!-- /wp:html -->')]),
    );
    expect(merge.conflicts.map((c) => c.kind)).toEqual(['block']);
    expect(merge.merged.body.root.children).toEqual([raw('<!-- wp:html --><p>Karta över anstalten Hall</p><!-- /wp:html -->')]);
  });

  it('takes a heading made on one side with the words changed on the other; two different headings clash over the whole block', () => {
    const ancestor = withBody(hall, [p('Polisen utreder')] as Block[]);
    const heading = (words: string, tag: string): Block => ({
      ...p(words),
      type: 'heading',
      tag,
      textFormat: undefined,
      textStyle: undefined,
    });
    const merge = mergeArticles(
      ancestor,
      withBody(hall, [heading('Polisen utreder', 'h2')]),
      withBody(hall, [p('Polisen utreder vidare')] as Block[]),
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.body.root.children).toEqual(
      [{ ...heading('Polisen utreder vidare', 'h2'), textFormat: undefined, textStyle: undefined }].map((block) =>
        JSON.parse(JSON.stringify(block)),
      ),
    );
    const clash = mergeArticles(
      ancestor,
      withBody(hall, [heading('Polisen utreder', 'h2')]),
      withBody(hall, [heading('Polisen utreder', 'h3')]),
    );
    expect(clash.conflicts.map((c) => [c.kind, c.blocks?.local?.tag, c.blocks?.remote?.tag])).toEqual([['block', 'h2', 'h3']]);
    expect(resolveMerge(clash, { c1: 'both' }).body.root.children.map((block) => block.tag)).toEqual(['h2', 'h3']);
  });
});

describe('inline formatting in a merge', () => {
  const ancestor = withBody(hall, formattedBody().root.children);
  const [sos, heading, list, link, quote] = blocksOf(ancestor);

  it('survives when only one side changed the words of a block', () => {
    const local = withBody(hall, [sos, heading, list, link, quote] as Block[]);
    const editedLink = { ...link, children: [text('Läs mer om insatsen hos '), (link?.children as Block[])[1]] } as Block;
    const remote = withBody(hall, [
      { ...sos, children: [text('Vid lunchtid i dag mottog '), text('SOS Alarm', 1), text(' ett samtal från Södertälje.')] },
      heading,
      list,
      editedLink,
      quote,
    ] as Block[]);
    const merged = mergeArticles(ancestor, local, remote).merged.body.root.children;
    expect(merged[0]?.children).toEqual([text('Vid lunchtid i dag mottog '), text('SOS Alarm', 1), text(' ett samtal från Södertälje.')]);
    expect(merged[3]).toEqual(editedLink);
  });

  it("keeps each word's formatting when both sides changed other words of one block", () => {
    // Local bolds "samtal"; remote changes "lunchtid" and a word inside the bold "SOS Alarm".
    const local = withBody(hall, [
      {
        ...sos,
        children: [text('Vid lunchtid mottog '), text('SOS Alarm', 1), text(' ett '), text('samtal', 1), text(' från Södertälje.')],
      },
      heading,
      list,
      link,
      quote,
    ] as Block[]);
    const remote = withBody(hall, [
      { ...sos, children: [text('Vid middagstid mottog '), text('SOS Alarm Sverige', 1), text(' ett samtal från Södertälje.')] },
      heading,
      list,
      link,
      quote,
    ] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.body.root.children[0]?.children).toEqual([
      text('Vid middagstid mottog '),
      text('SOS Alarm Sverige', 1),
      text(' ett '),
      text('samtal', 1),
      text(' från Södertälje.'),
    ]);
  });

  it('keeps a link around its words while words inside and beside it change on different sides', () => {
    const [before, anchor] = link?.children as Block[];
    const local = withBody(hall, [sos, heading, list, { ...link, children: [text('Läs gärna mer hos '), anchor] }, quote] as Block[]);
    const remote = withBody(hall, [
      sos,
      heading,
      list,
      { ...link, children: [before, { ...anchor, children: [text('Kriminalvården i Södertälje')] }] },
      quote,
    ] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged.body.root.children[3]?.children).toEqual([
      text('Läs gärna mer hos '),
      { ...anchor, children: [text('Kriminalvården i Södertälje')] },
    ]);
  });

  it('is part of the word: a word bolded on one side and rewritten on the other is a clash', () => {
    const local = withBody(hall, [
      sos,
      heading,
      list,
      link,
      { ...quote, children: [text('Skadeläget är ', 2), text('oklart', 3)] },
    ] as Block[]);
    const remote = withBody(hall, [sos, heading, list, link, { ...quote, children: [text('Skadeläget är okänt', 2)] }] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts.map((c) => [c.kind, c.ancestor, c.local, c.remote])).toEqual([['words', 'oklart', 'oklart', 'okänt']]);
    expect(merge.merged.body.root.children[4]?.children).toEqual([text('Skadeläget är ', 2), text('oklart', 3)]);
    expect(resolveMerge(merge, { c1: 'remote' }).body.root.children[4]?.children).toEqual([text('Skadeläget är okänt', 2)]);
  });

  it('merges items of a list edited on both sides', () => {
    const items = list?.children as Block[];
    const item = (words: string, value: number) => ({ ...items[0], children: [text(words)], value }) as Block;
    const local = withBody(hall, [sos, heading, { ...list, children: [item('polis och åklagare', 1), items[1]] }, link, quote] as Block[]);
    const remote = withBody(hall, [sos, heading, { ...list, children: [...items, item('räddningstjänst', 3)] }, link, quote] as Block[]);
    const merge = mergeArticles(ancestor, local, remote);
    expect(merge.conflicts).toEqual([]);
    expect(nodeText(merge.merged.body.root.children[2] as Block)).toBe('polis och åklagare\nambulanshelikopter\nräddningstjänst');
  });
});
