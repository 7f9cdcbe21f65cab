/**
 * A post changed on the site and here since the last sync, against a real WordPress: edits in
 * different paragraphs merge by themselves (the post and the article then hold both, the merge
 * a new revision of the article); the same words changed on both sides wait with the ancestor
 * and both sides, and the person's pick per clash goes out while the other side stays in the
 * article's history; a post linked before Spalt kept the last synced draft is compared as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { bodyPlainText } from '../../shared/document/plain-text';
import { conflictContexts } from '../../shared/revisions/conflict-context';
import { listRevisions } from '../../main/db/articles';
import { forgetSyncedDraft, getSyncedDraft } from '../../main/db/synced-drafts';
import { body, p } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { adminGet, adminPost, fileTempDir, saveArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

let site: WordPressSite;
const temp = fileTempDir('spalt-merge-');
const open: Spalt[] = [];
let folders = 0;

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  for (const spalt of open) spalt.core.close();
  await site?.stop();
  temp.remove();
});

async function editorSpalt(): Promise<Spalt> {
  const spalt = await startSpalt(`${temp.dir}/profile-${(folders += 1)}`, site, 'editor');
  open.push(spalt);
  return spalt;
}

const paragraphs = [
  'Räddningstjänsten larmades till Hall vid sextiden.',
  'Kommunens svar kom skriftligt under eftermiddagen.',
  'Utredningen fortsätter under veckan.',
];

async function published(spalt: Spalt, headline: string): Promise<{ id: string; postId: number }> {
  const id = await saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress om insatsen.',
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
    body: body(...paragraphs.map((text) => p(text))),
  });
  const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
  const done = await waitForJob(spalt, job.id, ['done', 'failed', 'conflict']);
  expect(done.state).toBe('done');
  return { id, postId: done.result!.postId };
}

/** Another user edits the post in WordPress: a word or two of its block markup replaced. */
async function editOnSite(postId: number, from: string, to: string): Promise<void> {
  const post = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
  expect(post.content.raw).toContain(from);
  await adminPost(site, `/wp/v2/posts/${postId}`, { content: post.content.raw.replace(from, to) });
}

async function editHere(spalt: Spalt, id: string, change: (draft: ArticleDraft) => ArticleDraft): Promise<void> {
  const {
    id: _id,
    status: _s,
    revision,
    createdAt: _c,
    updatedAt: _u,
    trashedAt: _t,
    ...draft
  } = await spalt.handlers['articles.get']({ id });
  await spalt.handlers['articles.save']({ id, baseRevision: revision, draft: change(draft) });
}

const replaceInBody =
  (from: string, to: string) =>
  (draft: ArticleDraft): ArticleDraft => ({
    ...draft,
    body: JSON.parse(JSON.stringify(draft.body).replace(from, to)) as ArticleDraft['body'],
  });

async function publicText(postId: number): Promise<string> {
  const response = await fetch(site.restUrl(`/wp/v2/posts/${postId}`));
  expect(response.status).toBe(200);
  const post = (await response.json()) as { content: { rendered: string } };
  return post.content.rendered;
}

describe('publishing a post changed on both sides', () => {
  it('merges an edit on the site in one paragraph with one here in another, by itself', async () => {
    const spalt = await editorSpalt();
    const { id, postId } = await published(spalt, 'Insats vid anstalten Hall');
    expect(getSyncedDraft(spalt.core.db, spalt.siteId, id)?.blocks).toHaveLength(3);

    await editOnSite(postId, 'vid sextiden', 'strax efter sex på morgonen');
    await editHere(spalt, id, replaceInBody('under veckan', 'under hela veckan, enligt polisen'));
    const before = (await spalt.handlers['articles.get']({ id })).revision;

    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const done = await waitForJob(spalt, job.id, ['done', 'failed', 'conflict']);
    expect(done).toMatchObject({ state: 'done', conflict: null, result: { postId } });

    const post = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(post.content.raw).toContain('strax efter sex på morgonen');
    expect(post.content.raw).toContain('under hela veckan, enligt polisen');
    const reader = await publicText(postId);
    expect(reader).toContain('strax efter sex på morgonen');
    expect(reader).toContain('under hela veckan, enligt polisen');

    // The merge is the article's next revision, and it is what went out.
    const article = await spalt.handlers['articles.get']({ id });
    expect(article.revision).toBe(before + 1);
    expect(done.revision).toBe(article.revision);
    const text = bodyPlainText(article.body);
    expect(text).toContain('Räddningstjänsten larmades till Hall strax efter sex på morgonen.');
    expect(text).toContain('Utredningen fortsätter under hela veckan, enligt polisen.');
    expect(getSyncedDraft(spalt.core.db, spalt.siteId, id)?.draft.body).toEqual(article.body);
  });

  it('waits at a true clash with both sides and the ancestor, then sends what the person picked and keeps the other', async () => {
    const spalt = await editorSpalt();
    const { id, postId } = await published(spalt, 'Kommunen svarar om Hall');
    await editOnSite(postId, 'kom skriftligt', 'kom muntligt');
    await editOnSite(postId, 'Utredningen fortsätter', 'Polisens utredning fortsätter');
    await editHere(spalt, id, replaceInBody('kom skriftligt', 'kom per telefon'));
    const localRevision = (await spalt.handlers['articles.get']({ id })).revision;

    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const waiting = await waitForJob(spalt, job.id, ['conflict', 'done', 'failed']);
    expect(waiting).toMatchObject({ state: 'conflict', step: 'post' });
    const merge = waiting.conflict?.merge;
    expect(merge?.conflicts).toHaveLength(1);
    expect(merge?.conflicts[0]).toMatchObject({ id: 'c1', kind: 'words', options: ['local', 'remote', 'both'] });
    expect(merge?.conflicts[0]).toMatchObject({ ancestor: 'skriftligt', local: 'per telefon', remote: 'muntligt' });
    expect(merge?.changed).toEqual({ local: 1, site: 2 });
    expect(conflictContexts(merge!)).toEqual([
      {
        ancestor: paragraphs[1],
        local: 'Kommunens svar kom per telefon under eftermiddagen.',
        remote: 'Kommunens svar kom muntligt under eftermiddagen.',
      },
    ]);
    // Nothing was sent while the person decides.
    expect((await adminGet(site, `/wp/v2/posts/${postId}?context=edit`)).content.raw).toContain('kom muntligt');

    await spalt.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'merge', choices: { c1: 'remote' } });
    const done = await waitForJob(spalt, job.id, ['done', 'failed', 'conflict']);
    expect(done).toMatchObject({ state: 'done', result: { postId } });
    const reader = await publicText(postId);
    expect(reader).toContain('Kommunens svar kom muntligt under eftermiddagen.');
    expect(reader).toContain('Polisens utredning fortsätter under veckan.');
    expect(reader).not.toContain('per telefon');

    const article = await spalt.handlers['articles.get']({ id });
    expect(bodyPlainText(article.body)).toContain('Kommunens svar kom muntligt under eftermiddagen.');
    // The side not picked is the article's revision before the merge, in its history.
    const history = listRevisions(spalt.core.db, id);
    const mine = history.find((entry) => entry.revision === localRevision);
    expect(bodyPlainText(mine!.draft.body)).toContain('kom per telefon');
    expect(history.at(-1)?.revision).toBe(article.revision);
  });

  it('keeps both a paragraph edited here and the one the site rewrote it into, mine first', async () => {
    const spalt = await editorSpalt();
    const { id, postId } = await published(spalt, 'Båda versionerna står');
    await editOnSite(postId, 'Utredningen fortsätter under veckan.', 'Utredningen är avslutad.');
    await editHere(spalt, id, replaceInBody('Utredningen fortsätter under veckan.', 'Utredningen fortsätter till fredag.'));
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const waiting = await waitForJob(spalt, job.id, ['conflict', 'done', 'failed']);
    const conflicts = waiting.conflict!.merge!.conflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    const choices = Object.fromEntries(
      conflicts.map((conflict) => [conflict.id, conflict.options.includes('both') ? 'both' : 'local'] as const),
    );
    await spalt.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'merge', choices });
    expect(await waitForJob(spalt, job.id, ['done', 'failed', 'conflict'])).toMatchObject({ state: 'done' });
    const raw = (await adminGet(site, `/wp/v2/posts/${postId}?context=edit`)).content.raw as string;
    expect(raw).toContain('till fredag');
    expect(raw).toContain('avslutad');
    expect(raw.indexOf('till fredag')).toBeLessThan(raw.indexOf('avslutad'));
  });

  it('sends mine at a clash when I pick it, and the site’s words stay in WordPress’s revisions of the post', async () => {
    const spalt = await editorSpalt();
    const { id, postId } = await published(spalt, 'Min version står');
    await editOnSite(postId, 'under eftermiddagen', 'under kvällen');
    await editHere(spalt, id, replaceInBody('under eftermiddagen', 'på förmiddagen'));
    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const waiting = await waitForJob(spalt, job.id, ['conflict', 'done', 'failed']);
    expect(waiting.conflict?.merge?.conflicts.map((conflict) => [conflict.local, conflict.remote])).toEqual([
      ['på förmiddagen', 'under kvällen'],
    ]);
    await spalt.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'merge', choices: { c1: 'local' } });
    expect(await waitForJob(spalt, job.id, ['done', 'failed', 'conflict'])).toMatchObject({ state: 'done' });
    expect(await publicText(postId)).toContain('Kommunens svar kom skriftligt på förmiddagen.');
    const revisions = await adminGet<Array<{ content: { raw: string } }>>(
      site,
      `/wp/v2/posts/${postId}/revisions?context=edit&per_page=100`,
    );
    expect(revisions.some((revision) => revision.content.raw.includes('Kommunens svar kom skriftligt under kvällen.'))).toBe(true);
  });

  it('compares field by field, as before, a post linked before Spalt kept the draft it synced', async () => {
    const spalt = await editorSpalt();
    const { id, postId } = await published(spalt, 'Kommunen bygger ny skola');
    forgetSyncedDraft(spalt.core.db, spalt.siteId, id);
    await adminPost(site, `/wp/v2/posts/${postId}`, { title: 'Kommunen bygger ny skola (rättad)' });
    await editHere(spalt, id, (draft) => ({ ...draft, lead: 'En ny ingress.' }));

    const job = await startPublish(spalt, { articleId: id, siteId: spalt.siteId, action: 'publish' });
    const conflict = await waitForJob(spalt, job.id, ['conflict', 'done', 'failed']);
    expect(conflict.conflict?.merge).toBeUndefined();
    expect(conflict.conflict?.changes).toEqual([
      { field: 'title', before: 'Kommunen bygger ny skola', now: 'Kommunen bygger ny skola (rättad)' },
    ]);
    await spalt.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'overwrite' });
    expect(await waitForJob(spalt, job.id, ['done', 'failed', 'conflict'])).toMatchObject({ state: 'done' });
    const post = await adminGet(site, `/wp/v2/posts/${postId}?context=edit`);
    expect(post.title.raw).toBe('Kommunen bygger ny skola');
    expect(post.excerpt.raw).toBe('En ny ingress.');
    // From now on the draft as sent is kept, and the next change on both sides merges.
    expect(getSyncedDraft(spalt.core.db, spalt.siteId, id)?.draft.lead).toBe('En ny ingress.');
  });
});
