/**
 * The editors' whole loop through Spalt's operations, two profiles against one real WordPress
 * (6.1 with companion notes, 7.1 with its own Notes; SPALT_WORDPRESS picks): a Contributor
 * submits, the Editor finds the post in "Att granska", opens it, returns it with a note on one
 * block; the journalist syncs, sees the note on that block, answers, edits and resubmits; the
 * Editor opens it again and schedules it for 05:00 tomorrow, Stockholm time; the journalist
 * syncs and sees it scheduled at that time. One post on the site throughout, and the notes are
 * nowhere a logged-out reader can look.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { formatDateTime, newsroomDate, stockholmToInstant } from '../../shared/format/date';
import { inputSchemas, type Handlers, type Input, type OperationName } from '../../shared/api';
import { bodyOfParagraphs } from '../support/bodies';
import { leaks, postOnSite, postsTitled, whatReadersSee } from '../support/wordpress-workflow';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { defaultWordPressVersion } from '../wordpress/versions';
import { fileTempDir, saveArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

const version = defaultWordPressVersion();
let site: WordPressSite;
let journalist: Spalt;
let editor: Spalt;
const folders = [fileTempDir('spalt-loop-journalist-'), fileTempDir('spalt-loop-editor-')];

const title = 'Ny gång- och cykelbro över kanalen';
const note = 'Stämmer 40 miljoner? Kolla siffran mot kommunens beslut.';
const answer = 'Kollat: 42 miljoner enligt protokollet, rättat.';
const paragraphs = [
  'Kommunen bygger en ny gång- och cykelbro över Södertälje kanal.',
  'Bron kostar 40 miljoner kronor och ska stå klar nästa höst.',
  'Arbetet börjar i mars, enligt samhällsbyggnadsnämnden.',
];

function draft(body: readonly string[]): ArticleDraft {
  return {
    kind: 'news',
    kicker: '',
    headline: title,
    lead: 'Bygget av den nya bron börjar i vår.',
    bylines: [{ role: 'text', name: 'Anna Lind', personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: bodyOfParagraphs(body),
  };
}

/** A call as an adapter makes it: validated against the contract first. */
function call<K extends OperationName>(spalt: Spalt, name: K, input: Input<K>): ReturnType<Handlers[K]> {
  const handler = spalt.handlers[name] as (input: unknown) => ReturnType<Handlers[K]>;
  return handler(inputSchemas[name].parse(input));
}

/** The names in the article's history, oldest first, with who gave each. */
async function namedSteps(spalt: Spalt, id: string): Promise<Array<[string, string]>> {
  const page = await call(spalt, 'articles.history', { id });
  return page.entries
    .slice()
    .reverse()
    .flatMap((entry) => entry.names.map((label): [string, string] => [label.name, label.by]));
}

/** Tomorrow at 05:00 in Stockholm, as a date and time field holds it. */
function tomorrowAtFive(): string {
  const tomorrow = newsroomDate(Date.now() + 24 * 60 * 60 * 1000);
  return `${tomorrow}T05:00`;
}

beforeAll(async () => {
  site = await startWordPress();
  journalist = await startSpalt(folders[0]!.dir, site, 'contributor');
  editor = await startSpalt(folders[1]!.dir, site, 'editor');
  await call(journalist, 'sites.test', { id: journalist.siteId });
  await call(editor, 'sites.test', { id: editor.siteId });
}, 120_000);

afterAll(async () => {
  journalist?.core.close();
  editor?.core.close();
  await site?.stop();
  for (const folder of folders) folder.remove();
});

describe(`the editors' loop on WordPress ${version}`, () => {
  it('goes from submission to a scheduled post, with a note on one block answered on the way, and one post on the site', async () => {
    // The journalist submits.
    const articleId = await saveArticle(journalist.handlers, draft(paragraphs));
    const submitted = await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' });
    const sent = await waitForJob(journalist, submitted.id, ['done', 'failed']);
    expect(sent.state).toBe('done');
    const postId = sent.result!.postId;
    expect((await call(journalist, 'review.states', { articleId }))[0]).toMatchObject({ state: 'submitted', siteId: journalist.siteId });

    // A Contributor has no queue, and is told why.
    const refused = await call(journalist, 'review.refresh', { siteId: journalist.siteId });
    expect(refused).toMatchObject({ mayReview: false, role: 'contributor', error: { code: 'wp_cannot_review' } });

    // The editor finds it in the queue and opens it.
    const queue = await call(editor, 'review.refresh', { siteId: editor.siteId });
    expect(queue.error).toBeNull();
    expect(queue.mayReview).toBe(true);
    const entry = queue.items.find((item) => item.postId === postId);
    expect(entry).toMatchObject({ title, authorName: 'Contributor', kind: 'news', articleId: null });
    expect(entry!.words).toBeGreaterThan(25);
    expect(entry!.checklist.errors).toBe(0);
    const opened = await call(editor, 'review.open', { siteId: editor.siteId, postId });
    expect(opened.created).toBe(true);
    const imported = await call(editor, 'articles.get', { id: opened.articleId });
    expect(imported).toMatchObject({
      headline: title,
      lead: 'Bygget av den nya bron börjar i vår.',
      status: 'in_review',
      bylines: [{ role: 'text', name: 'Anna Lind' }],
    });
    expect(imported.body.root.children).toHaveLength(3);
    expect((await call(editor, 'review.queue', {}))[0]!.items.find((item) => item.postId === postId)?.articleId).toBe(opened.articleId);

    // The editor returns it with a note on the second paragraph.
    const returned = await call(editor, 'review.return', {
      articleId: opened.articleId,
      siteId: editor.siteId,
      notes: [{ blockIndex: 1, text: note }],
    });
    expect(returned).toMatchObject({ state: 'returned', pendingStep: null });
    expect((await postOnSite(site, postId)).status).toBe('draft');
    const editorNotes = await call(editor, 'review.notes', { articleId: opened.articleId });
    expect(editorNotes.map((thread) => thread.note)).toMatchObject([{ text: note, blockIndex: 1, outbox: 'sent' }]);
    if (version === '7.1')
      expect((await postOnSite(site, postId)).content.raw).toMatch(/"noteId":\[\d+\]\}\} -->\n<p>Bron kostar 40 miljoner/);

    // The journalist syncs: returned, the note on that block; answers it, edits and resubmits.
    await call(journalist, 'review.sync', {});
    expect((await call(journalist, 'review.states', { articleId }))[0]).toMatchObject({ state: 'returned', changedBy: 'Editor' });
    expect((await call(journalist, 'articles.get', { id: articleId })).status).toBe('returned');
    const [thread] = await call(journalist, 'review.notes', { articleId });
    expect(thread?.note).toMatchObject({
      text: note,
      blockIndex: 1,
      blockText: expect.stringContaining('Bron kostar 40 miljoner'),
      authorName: 'Editor',
      state: 'open',
    });
    const answered = await call(journalist, 'review.answerNote', { noteId: thread!.note.id, text: answer });
    expect(answered.outbox).toBe('sent');

    const current = await call(journalist, 'articles.get', { id: articleId });
    const edited = [paragraphs[0]!, 'Bron kostar 42 miljoner kronor och ska stå klar nästa höst.', paragraphs[2]!];
    await call(journalist, 'articles.save', { id: articleId, baseRevision: current.revision, draft: draft(edited) });
    const resubmitted = await waitForJob(
      journalist,
      (await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' })).id,
      ['done', 'failed', 'conflict'],
    );
    expect(resubmitted.state).toBe('done');
    expect(resubmitted.result!.postId).toBe(postId);
    if (version === '7.1')
      expect((await postOnSite(site, postId)).content.raw).toMatch(/"noteId":\[\d+\]\}\} -->\n<p>Bron kostar 42 miljoner/);

    // The editor sees the answer and the edit, and schedules the post for 05:00 tomorrow.
    const again = await call(editor, 'review.refresh', { siteId: editor.siteId });
    expect(again.items.find((item) => item.postId === postId)?.articleId).toBe(opened.articleId);
    expect(await call(editor, 'review.open', { siteId: editor.siteId, postId })).toEqual({ articleId: opened.articleId, created: false });
    const reopened = await call(editor, 'articles.get', { id: opened.articleId });
    expect(JSON.stringify(reopened.body)).toContain('42 miljoner');
    await call(editor, 'review.sync', {});
    const [editorThread] = await call(editor, 'review.notes', { articleId: opened.articleId });
    expect(editorThread?.answers.map((a) => a.text)).toEqual([answer]);
    await call(editor, 'review.resolveNote', { noteId: editorThread!.note.id, resolved: true });
    // Read while the journalist may still edit the post: once it is scheduled, WordPress shows a
    // Contributor only their own notes on it.
    await call(journalist, 'review.sync', {});
    const [resolvedThread] = await call(journalist, 'review.notes', { articleId });
    expect(resolvedThread?.note.state).toBe('resolved');

    const at = tomorrowAtFive();
    const scheduled = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: opened.articleId, siteId: editor.siteId, action: 'schedule', scheduledAt: at })).id,
      ['done', 'failed', 'conflict'],
    );
    expect(scheduled.state).toBe('done');
    expect(scheduled.result).toMatchObject({ postId, status: 'future' });
    const instant = stockholmToInstant(at)!;
    const onSite = await postOnSite(site, postId);
    expect(onSite).toMatchObject({ status: 'future', author: site.users.contributor.id, date_gmt: instant.toISOString().slice(0, 19) });

    // The journalist syncs and sees it scheduled, at that time in Swedish.
    await call(journalist, 'review.sync', {});
    const state = (await call(journalist, 'review.states', { articleId }))[0]!;
    expect(state).toMatchObject({ state: 'scheduled', scheduledGmt: instant.toISOString() });
    expect(formatDateTime(state.scheduledGmt!)).toMatch(/^\d{1,2} [a-zåäö]+ \d{4} 05:00$/);
    expect((await call(journalist, 'articles.get', { id: articleId })).status).toBe('scheduled');

    // Withdrawing it now is refused by the site (an editor has moved it on): said, not retried for ever, nothing changed.
    const lateWithdraw = await call(journalist, 'review.withdraw', { articleId, siteId: journalist.siteId });
    expect(lateWithdraw).toMatchObject({ state: 'scheduled', pendingStep: null, pendingError: { code: 'wp_review_state_changed' } });
    expect((await postOnSite(site, postId)).status).toBe('future');
    expect(await call(journalist, 'review.sync', {})).toMatchObject({ waiting: 0 });

    // One post on the site, and no note anywhere a reader looks.
    expect(await postsTitled(site, title)).toEqual([postId]);
    const seen = await whatReadersSee(site, { search: [note, answer], postIds: [postId] });
    expect(leaks(seen, [note, answer])).toEqual([]);

    // Historik names each step once, on the revision it concerns, by who took it.
    expect(await namedSteps(journalist, articleId)).toEqual([
      ['submitted', 'Contributor'],
      ['returned', 'Editor'],
      ['submitted', 'Contributor'],
      ['scheduled', ''],
    ]);
    expect(await namedSteps(editor, opened.articleId)).toEqual([
      ['returned', 'Editor'],
      ['scheduled', 'Editor'],
    ]);
  }, 180_000);
});
