import { createHeadlessEditor } from '@lexical/headless';
import { $create, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import type { BodyDocument } from '../../shared/document/body';
import { bodyNodes } from '../../shared/document/nodes/registry';
import { PhotoNode } from '../../shared/document/nodes/photo/node';
import { $getBlockId, $setBlockId, blockIdOf, withBlockId } from '../../shared/revisions/block-id';
import { diffRevisions } from '../../shared/revisions/diff';
import { diffText } from '../../shared/revisions/diff-text';
import { seedArticles } from '../fixtures/seeds';
import { body, p, pullQuote, question, text } from '../fixtures/seeds/build';
import { seedDraft } from '../fixtures/seeds/draft';

type Block = BodyDocument['root']['children'][number];
const withBody = (draft: ArticleDraft, children: Block[]): ArticleDraft => ({ ...draft, body: { root: { ...draft.body.root, children } } });
const blocksOf = (draft: ArticleDraft): Block[] => [...draft.body.root.children];
const ids = (blocks: Block[]) => blocks.map((block, i) => withBlockId(block, `b${i}`));

describe('block ids', () => {
  it('are a node state that every block type serializes under "$" and an editor without it keeps', () => {
    const editor = createHeadlessEditor({
      nodes: [...bodyNodes],
      onError: (error) => {
        throw error;
      },
    });
    editor.update(
      () => {
        const paragraph = $setBlockId($createParagraphNode().append($createTextNode('Vid lunchtid på torsdagen')), 'stycke-1');
        const photo = $setBlockId($create(PhotoNode).setProperties({ photoId: 'hall-helikopter', caption: 'Anstalten Hall.' }), 'bild-1');
        $getRoot().clear().append(paragraph, photo);
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON();
    const blocks = json.root.children as unknown as Block[];
    expect(blocks.map((block) => block.$)).toEqual([{ blockId: 'stycke-1' }, { blockId: 'bild-1' }]);
    expect(blocks.map(blockIdOf)).toEqual(['stycke-1', 'bild-1']);

    const reread = editor.parseEditorState(JSON.stringify(json));
    expect(reread.read(() => $getRoot().getChildren().map($getBlockId))).toEqual(['stycke-1', 'bild-1']);
  });

  it('read as null from blocks without one, and can be set and removed on JSON', () => {
    const block = p('Hej');
    expect(blockIdOf(block)).toBeNull();
    const marked = withBlockId(block, 'x1');
    expect(blockIdOf(marked)).toBe('x1');
    expect(withBlockId(marked, null)).toEqual(block);
  });
});

describe('diff of two revisions', () => {
  const hall = seedDraft(seedArticles.storInsatsHall);

  it('marks changed fields word by word, and the kind, bylines and main photo as values', () => {
    const after: ArticleDraft = {
      ...hall,
      kind: 'brief',
      headline: 'Stor polisinsats vid anstalten Hall i Södertälje på torsdagen',
      bylines: [...hall.bylines, { role: 'photo', name: 'Åsa Öberg', personId: null }],
      mainPhotoId: '8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11',
    };
    const diff = diffRevisions(hall, after);
    expect(diff.fields.map((field) => field.field)).toEqual(['kind', 'headline', 'bylines', 'mainPhotoId']);
    expect(diffText(diff)).toBe(
      [
        'kind: [-news-]{+brief+}',
        'headline: Stor [-insats-]{+polisinsats+} vid anstalten Hall i Södertälje {+på torsdagen+}',
        'bylines: Text: Alexander Isa⏎{+Foto: Åsa Öberg⏎+}',
        'mainPhotoId: {+8f1c6a2e-0c1d-4d55-9a38-0b0f6f5e2a11+}',
      ].join('\n'),
    );
    expect(diff.blocks.every((block) => block.kind === 'unchanged')).toBe(true);
  });

  it("compares every field, in the article's order", () => {
    const sponsored = seedDraft(seedArticles.saLockasMedarbetare);
    const after: ArticleDraft = {
      ...sponsored,
      kicker: 'Företag i fokus: Södertälje',
      lead: `${sponsored.lead} Läs mer nedan.`,
      label: 'Annons från kommunen',
      disclaimer: 'Innehållet är betalt.',
      sponsor: 'Södertälje kommun, socialkontoret',
      bylines: [],
      kind: 'news',
    };
    expect(diffRevisions(sponsored, after).fields.map((field) => field.field)).toEqual([
      'kind',
      'kicker',
      'lead',
      'bylines',
      'label',
      'disclaimer',
      'sponsor',
    ]);
    expect(
      diffText(diffRevisions(sponsored, after))
        .split('\n')
        .filter((line) => /^(label|sponsor)/.test(line)),
    ).toEqual(['label: Annons {+från kommunen+}', 'sponsor: Södertälje kommun{+, socialkontoret+}']);
  });

  it('finds nothing between a revision and itself', () => {
    for (const seed of Object.values(seedArticles)) {
      const draft = seedDraft(seed);
      const diff = diffRevisions(draft, structuredClone(draft));
      expect(diff.changed).toBe(false);
      expect(diffText(diff)).toBe('');
      expect(diff.blocks.map((block) => [block.oldIndex, block.newIndex])).toEqual(draft.body.root.children.map((_, i) => [i, i]));
    }
  });

  it('aligns blocks without ids by content: a word changed, a block added, one removed, one moved', () => {
    const europa = seedDraft(seedArticles.starkareEuropa);
    const [photo, climate, threats, quote, _gangs, euro, signature, ad] = blocksOf(europa);
    const changedGangs = p(
      'Europa ska inte vara ett gängparadis där svenska gängledare kan gömma sig på spanska solkusten och beställa mord. Liberalerna vill inrätta en gemensam Europa-polis med vassare verktyg och gemensamma åklagare med utökade mandat.',
    );
    const after = withBody(europa, [
      photo,
      threats,
      climate,
      quote,
      changedGangs,
      p('– Vi måste stå enade, säger Metin Hawsho.'),
      signature,
      ad,
    ] as Block[]);
    expect(euro).toBeDefined();
    expect(diffText(diffRevisions(europa, after))).toBe(
      [
        'moved 1→2 paragraph',
        'changed 4→4 paragraph: Europa ska inte vara ett gängparadis där svenska gängledare kan gömma sig på spanska solkusten och beställa [-brott-]{+mord+}. Liberalerna vill inrätta en gemensam Europa-polis med vassare verktyg och gemensamma åklagare med utökade mandat.',
        'removed 5→ paragraph: [-Liberalerna vill se ett starkt EU som står samlat, där Sverige är fullvärdig medlem med euron som valuta. För med ett starkare Europa får vi ett starkare Sverige.-]',
        'added →5 paragraph: {+– Vi måste stå enade, säger Metin Hawsho.+}',
      ].join('\n'),
    );
  });

  it('marks the words of an answer opening with "–" and of a pull quote in ”quotes”', () => {
    const before = withBody(hall, [
      question('Hur länge varade insatsen?'),
      p('– Ungefär två timmar, säger Åsa Öberg.'),
      pullQuote('Vi hörde ”en smäll” vid lunch'),
    ]);
    const after = withBody(hall, [
      question('Hur länge varade insatsen?'),
      p('– Nästan tre timmar, säger Åsa Öberg.'),
      pullQuote('Vi hörde ”två smällar” vid lunch'),
    ]);
    const diff = diffRevisions(before, after);
    expect(diffText(diff)).toBe(
      [
        'changed 1→1 paragraph: – [-Ungefär två-]{+Nästan tre+} timmar, säger Åsa Öberg.',
        'changed 2→2 pull-quote: Vi hörde ”[-en smäll-]{+två smällar+}” vid lunch',
      ].join('\n'),
    );
    const answer = diff.blocks[1];
    expect(answer?.parts).toEqual([
      { kind: 'equal', text: '– ' },
      { kind: 'removed', text: 'Ungefär två' },
      { kind: 'added', text: 'Nästan tre' },
      { kind: 'equal', text: ' timmar, säger Åsa Öberg.' },
    ]);
  });

  it('tells formatting, a new type and a new photo apart from changed words', () => {
    const before = withBody(hall, [p('Polisen utreder'), p('Skadeläget är oklart.'), blocksOf(hall)[0] as Block]);
    const after = withBody(hall, [
      { ...p('Polisen utreder'), type: 'heading', tag: 'h2', textFormat: undefined, textStyle: undefined },
      p('Skadeläget är ', text('oklart', 1), '.'),
      { ...(blocksOf(hall)[0] as Block), photoId: 'hall-entre', src: 'spalt-photo:hall-entre' },
    ]);
    const blocks = diffRevisions(before, after).blocks;
    expect(blocks.map((block) => [block.kind, ...block.aspects])).toEqual([
      ['changed', 'type', 'attributes'],
      ['changed', 'formatting'],
      ['changed', 'attributes'],
    ]);
    expect(diffText(diffRevisions(before, after))).toBe(
      ['changed 0→0 paragraph→heading (attributes)', 'changed 1→1 paragraph (formatting)', 'changed 2→2 photo (attributes)'].join('\n'),
    );
  });

  it('follows a block by its id even when every word of it changed, and keeps apart two blocks with other ids', () => {
    const before = withBody(hall, ids([p('Vid lunchtid mottog SOS Alarm ett samtal.'), p('Skadeläget är oklart.')]));
    const rewritten = withBlockId(p('Larmet kom strax före tolv från Hall.'), 'b0');
    const sameWordsNewBlock = withBlockId(p('Skadeläget är oklart.'), 'ny');
    const diff = diffRevisions(before, withBody(hall, [rewritten, sameWordsNewBlock]));
    expect(diff.blocks.map((block) => [block.kind, block.oldIndex, block.newIndex, block.id])).toEqual([
      ['changed', 0, 0, 'b0'],
      ['unchanged', 1, 1, 'ny'],
    ]);
    // Without ids, a paragraph whose every word changed is one removed and one added.
    const plain = diffRevisions(
      withBody(hall, [p('Vid lunchtid mottog SOS Alarm ett samtal.')]),
      withBody(hall, [p('Larmet kom strax före tolv från Hall.')]),
    );
    expect(plain.blocks.map((block) => block.kind)).toEqual(['removed', 'added']);
  });

  it('lists a whole article as added when it starts from an empty body', () => {
    const empty = withBody(hall, [p()]);
    const diff = diffRevisions(empty, hall);
    expect(diff.blocks.filter((block) => block.kind === 'added').map((block) => block.newIndex)).toEqual([0, 1, 2, 3]);
    expect(diff.blocks.filter((block) => block.kind === 'removed')).toHaveLength(1);
    expect(body(p('x')).root.children).toHaveLength(1);
  });
});
