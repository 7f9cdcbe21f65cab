/**
 * The common ancestor of a three-way merge: kept per article and site in a real SQLite file
 * across a restart, forgotten with its site; and a post read back against it, each unchanged
 * block being the ancestor's own (its id kept), an edited one read from the site's markup.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { defaultSitePage } from '../../shared/publish/site';
import { withBlockId, blockIdOf } from '../../shared/revisions/block-id';
import { mergeArticles } from '../../shared/revisions/merge';
import { bodyPlainText } from '../../shared/document/plain-text';
import { createCore } from '../../main/core';
import { getSyncedDraft, recordSyncedDraft } from '../../main/db/synced-drafts';
import { joinContent, postContentParts, postTitle } from '../../main/publish/outbox/content';
import { siteDraftOf, syncedDraftOf } from '../../main/publish/outbox/site-version';
import type { PostSnapshot } from '../../main/db/remote-posts';
import { seedArticles } from '../fixtures/seeds';
import { body, p } from '../fixtures/seeds/build';
import { seedDraft } from '../fixtures/seeds/draft';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-synced-');
const clock = () => new Date('2026-11-23T10:00:00.000Z');

const draft: ArticleDraft = {
  kind: 'news',
  kicker: 'SÖDERTÄLJE',
  headline: 'Stor insats vid anstalten Hall',
  lead: 'Polisen larmades på morgonen.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(
    withBlockId(p('Första stycket om insatsen vid anstalten.'), 'b1'),
    withBlockId(p('Andra stycket med kommunens svar.'), 'b2'),
    withBlockId(p('Tredje stycket om vad som händer nu.'), 'b3'),
  ),
};

function sync(content?: string) {
  const parts = postContentParts(draft, new Map(), defaultSitePage);
  const sent = joinContent(parts);
  const snapshot: PostSnapshot = {
    title: 'SÖDERTÄLJE: Stor insats vid anstalten Hall',
    excerpt: draft.lead,
    content: content ?? sent,
    status: 'publish',
    slug: 'stor-insats',
    categories: [],
    tags: [],
    featured_media: 0,
  };
  return { ancestor: syncedDraftOf(draft, parts, snapshot.content, '2026-11-23T10:00:00.000Z'), snapshot, sent };
}

describe('synced drafts', () => {
  it('keeps the draft last synced per article and site in the profile file, across a restart', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, version: 'test', now: clock, outbox: { worker: false } });
    const site = await core.handlers['sites.save']({
      name: 'Tidningen',
      address: 'http://127.0.0.1:1',
      username: 'anna',
      password: 'abcd efgh ijkl mnop',
    });
    const article = await core.handlers['articles.create']({ kind: 'news' });
    const { ancestor } = sync();
    recordSyncedDraft(core.db, site.id, article.id, ancestor);
    core.close();

    const again = createCore({ dataDir, version: 'test', now: clock, outbox: { worker: false } });
    const stored = getSyncedDraft(again.db, site.id, article.id);
    expect(stored?.draft).toEqual(draft);
    expect(stored?.blocks).toHaveLength(3);
    expect(stored?.blocks[1]).toContain('Andra stycket med kommunens svar.');
    expect(stored?.header.join('\n')).toContain('Text: Alexander Isa');
    await again.handlers['sites.remove']({ id: site.id });
    expect(getSyncedDraft(again.db, site.id, article.id)).toBeNull();
    again.close();
  });

  it('reads a post edited on the site back as the ancestor with only the edited block new', () => {
    const { ancestor, snapshot, sent } = sync();
    const edited = sent.replace('Andra stycket med kommunens svar.', 'Andra stycket med kommunens svar i går kväll.');
    const site = siteDraftOf(ancestor, { ...snapshot, content: edited, excerpt: 'Polisen larmades tidigt på morgonen.' }, snapshot);
    const blocks = site.draft.body.root.children;
    // The edited block is read from the markup and takes the id of the block it was.
    expect(blocks.map((block) => blockIdOf(block))).toEqual(['b1', 'b2', 'b3']);
    expect(site.blocks[1]).toContain('i går kväll');
    expect(bodyPlainText(site.draft.body)).toContain('i går kväll');
    expect(site.draft.lead).toBe('Polisen larmades tidigt på morgonen.');
    expect(site.draft.kicker).toBe('SÖDERTÄLJE');
    expect(site.draft.bylines).toEqual(draft.bylines);
  });

  it('merges an edit on the site and one here in another paragraph, keeping both', () => {
    const { ancestor, snapshot, sent } = sync();
    const edited = sent.replace('Första stycket om insatsen', 'Första stycket om den stora insatsen');
    const site = siteDraftOf(
      ancestor,
      { ...snapshot, content: edited, title: 'SÖDERTÄLJE: Stor polisinsats vid anstalten Hall' },
      snapshot,
    );
    const local: ArticleDraft = {
      ...draft,
      body: body(
        withBlockId(p('Första stycket om insatsen vid anstalten.'), 'b1'),
        withBlockId(p('Andra stycket med kommunens svar.'), 'b2'),
        withBlockId(p('Tredje stycket om vad som händer i morgon.'), 'b3'),
      ),
    };
    const merge = mergeArticles(ancestor.draft, local, site.draft);
    expect(merge.conflicts).toEqual([]);
    const text = bodyPlainText(merge.merged.body);
    expect(text).toContain('Första stycket om den stora insatsen vid anstalten.');
    expect(text).toContain('Tredje stycket om vad som händer i morgon.');
    expect(merge.merged.headline).toBe('Stor polisinsats vid anstalten Hall');
    expect(merge.merged.body.root.children.map((block) => blockIdOf(block))).toEqual(['b1', 'b2', 'b3']);
  });

  it('reads a link added on the site to an address the policy refuses as its text only', () => {
    const { ancestor, snapshot, sent } = sync();
    const edited = sent.replace('kommunens svar.', 'kommunens <a href="javascript:alert(1)">svar</a>.');
    const site = siteDraftOf(ancestor, { ...snapshot, content: edited }, snapshot);
    expect(JSON.stringify(site.draft.body)).not.toContain('javascript:');
    expect(bodyPlainText(site.draft.body)).toContain('Andra stycket med kommunens svar.');
  });

  it.each(Object.entries(seedArticles))('reads the seed %s back, unchanged on the site, as the very draft that was sent', (_name, seed) => {
    const sent = seedDraft(seed);
    const parts = postContentParts(sent, new Map(), defaultSitePage);
    const content = joinContent(parts);
    const snapshot: PostSnapshot = {
      title: postTitle(sent.kicker, sent.headline),
      excerpt: sent.lead,
      content,
      status: 'publish',
      slug: 's',
      categories: [],
      tags: [],
      featured_media: 0,
    };
    const ancestor = syncedDraftOf(sent, parts, content, '2026-11-23T10:00:00.000Z');
    const site = siteDraftOf(ancestor, snapshot, snapshot);
    expect(site.draft).toEqual(sent);
    expect(mergeArticles(sent, sent, site.draft).conflicts).toEqual([]);
  });

  it('pairs blocks with the markup WordPress gave back, not only as sent', () => {
    const { sent } = sync();
    // As WordPress's filters may store it: the same blocks, written a little differently.
    const tidied = sent.replace('<p>Andra stycket', '<p >Andra stycket');
    const { ancestor, snapshot } = sync(tidied);
    expect(ancestor.blocks[1]).toContain('<p >Andra stycket');
    const site = siteDraftOf(ancestor, { ...snapshot, content: tidied }, snapshot);
    expect(site.draft.body.root.children.map((block) => blockIdOf(block))).toEqual(['b1', 'b2', 'b3']);
  });
});
