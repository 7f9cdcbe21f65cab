/**
 * A post read back as an article (an editor opening a queued post): Spalt's header blocks back
 * into their fields for every kind, the body block for block with what Spalt cannot edit kept
 * verbatim, and WordPress's note anchors carried to the same body block when Spalt writes the
 * post anew.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft, ArticleKind } from '../../shared/article/article';
import { newDraft } from '../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../shared/article/newsroom';
import { bodyPlainText } from '../../shared/document/plain-text';
import { defaultSitePage } from '../../shared/publish/site';
import { postContent } from '../../main/publish/outbox/content';
import { carryNoteAnchors } from '../../main/publish/review/anchors';
import { draftFromPost, headerBlockCount, postWords } from '../../main/publish/review/post-draft';
import { anchorNote, readNoteAnchors } from '../../main/publish/wordpress/note-anchors';
import { bodyOfParagraphs } from '../support/bodies';

function article(kind: ArticleKind, extra: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    ...newDraft(kind, defaultNewsroom),
    headline: 'Ny bro över kanalen',
    lead: 'Bygget börjar i vår.',
    bylines: [
      { role: 'text', name: 'Anna Lind', personId: null },
      { role: 'text', name: 'Lucas T', personId: null },
      { role: 'photo', name: 'Alexander Isa', personId: null },
    ],
    body: bodyOfParagraphs(['Första stycket om bron.', 'Andra stycket, om kostnaden.']),
    ...extra,
  };
}

const asPost = (draft: ArticleDraft, page = defaultSitePage) => ({
  title: draft.headline,
  excerpt: draft.lead,
  content: postContent(draft, new Map(), page),
});

describe('a post read back as an article', () => {
  it('gives a news article its headline, lead, bylines and body back', () => {
    const draft = article('news');
    const read = draftFromPost(asPost(draft));
    expect(read).toMatchObject({
      kind: 'news',
      headline: draft.headline,
      lead: draft.lead,
      bylines: draft.bylines,
      label: '',
      sponsor: '',
      disclaimer: '',
    });
    expect(bodyPlainText(read.body)).toBe(bodyPlainText(draft.body));
    expect(read.body.root.children).toHaveLength(2);
    expect(postWords(read)).toBe(12);
  });

  it('knows an opinion piece by its disclaimer and an advert by its sponsor and label', () => {
    const opinion = draftFromPost(asPost(article('opinion', { disclaimer: 'Åsikterna är skribentens egna.' })));
    expect(opinion).toMatchObject({ kind: 'opinion', disclaimer: 'Åsikterna är skribentens egna.', bylines: [] });
    const advert = draftFromPost(asPost(article('sponsored', { label: 'Annons', sponsor: 'Telge Energi' })));
    expect(advert).toMatchObject({ kind: 'sponsored', label: 'Annons', sponsor: 'Telge Energi' });
  });

  it('reads the lead from the header when the excerpt is empty, and keeps a block it cannot edit verbatim', () => {
    const gallery =
      '<!-- wp:gallery {"columns":2} -->\n<figure class="wp-block-gallery has-nested-images columns-2"></figure>\n<!-- /wp:gallery -->';
    const content = `${postContent(article('news'), new Map(), defaultSitePage)}\n\n${gallery}`;
    const read = draftFromPost({ title: 'Ny bro', excerpt: '', content });
    expect(read.lead).toBe('Bygget börjar i vår.');
    const last = read.body.root.children.at(-1) as unknown as Record<string, unknown>;
    expect(last.type).toBe('raw-block');
    expect(JSON.stringify(last)).toContain('wp:gallery {\\"columns\\":2}');
  });

  it('reads a post not written in Spalt as body only', () => {
    const content = '<!-- wp:paragraph -->\n<p>Skrivet i WordPress.</p>\n<!-- /wp:paragraph -->';
    expect(headerBlockCount(content)).toBe(0);
    expect(draftFromPost({ title: 'Från webben', excerpt: '', content })).toMatchObject({
      kind: 'news',
      headline: 'Från webben',
      lead: '',
      bylines: [],
    });
  });
});

describe('note anchors when Spalt sends the post again', () => {
  it('moves an anchor to the same body block when the header above it changed', () => {
    const before = postContent(
      article('news', { bylines: [{ role: 'text', name: 'Anna Lind', personId: null }] }),
      new Map(),
      defaultSitePage,
    );
    expect(headerBlockCount(before)).toBe(2);
    const onSite = anchorNote(before, [3], 41);
    const next = postContent(article('news'), new Map(), defaultSitePage);
    expect(headerBlockCount(next)).toBe(3);
    const carried = carryNoteAnchors(onSite, next);
    expect(readNoteAnchors(carried)).toEqual([{ noteId: 41, path: [4], blockName: 'core/paragraph', markedText: null }]);
    expect(carried).toContain('<!-- wp:paragraph {"metadata":{"noteId":[41]}} -->\n<p>Andra stycket, om kostnaden.</p>');
  });

  it('leaves the markup as written when the site has no anchors, and drops one whose block is gone', () => {
    const next = postContent(article('news', { body: bodyOfParagraphs(['Bara ett stycke.']) }), new Map(), defaultSitePage);
    expect(carryNoteAnchors(postContent(article('news'), new Map(), defaultSitePage), next)).toBe(next);
    const onSite = anchorNote(postContent(article('news'), new Map(), defaultSitePage), [4], 7);
    expect(readNoteAnchors(carryNoteAnchors(onSite, next))).toEqual([]);
  });
});
