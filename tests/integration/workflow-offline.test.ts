/**
 * The editors' workflow while the site cannot be reached: an answer to a note and a withdrawal
 * are kept in the profile's database, the user told they wait, and they reach the site by
 * themselves once it answers again; nothing is lost and nothing goes twice. The journalist's
 * Spalt reaches a real WordPress through a proxy that is stopped and started again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../shared/article/article';
import { inputSchemas, type Handlers, type Input, type OperationName } from '../../shared/api';
import { bodyOfParagraphs } from '../support/bodies';
import { startProxy, type Proxy } from '../support/publish-proxy';
import { postOnSite } from '../support/wordpress-workflow';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { fileTempDir, saveArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

let site: WordPressSite;
let proxy: Proxy;
let journalist: Spalt;
let editor: Spalt;
const folders = [fileTempDir('spalt-offline-journalist-'), fileTempDir('spalt-offline-editor-')];

function call<K extends OperationName>(spalt: Spalt, name: K, input: Input<K>): ReturnType<Handlers[K]> {
  const handler = spalt.handlers[name] as (input: unknown) => ReturnType<Handlers[K]>;
  return handler(inputSchemas[name].parse(input));
}

const draft: ArticleDraft = {
  kind: 'news',
  kicker: '',
  headline: 'Biblioteket i Hovsjö öppnar igen',
  lead: 'Efter renoveringen öppnar biblioteket i april.',
  bylines: [{ role: 'text', name: 'Anna Lind', personId: null }],
  label: '',
  disclaimer: '',
  sponsor: '',
  mainPhotoId: null,
  body: bodyOfParagraphs(['Biblioteket har varit stängt i ett år.', 'Renoveringen kostade 12 miljoner kronor.']),
};

beforeAll(async () => {
  site = await startWordPress();
  proxy = await startProxy(site.url);
  journalist = await startSpalt(folders[0]!.dir, { url: proxy.url, users: site.users }, 'contributor');
  editor = await startSpalt(folders[1]!.dir, site, 'editor');
  await call(journalist, 'sites.test', { id: journalist.siteId });
  await call(editor, 'sites.test', { id: editor.siteId });
}, 120_000);

afterAll(async () => {
  journalist?.core.close();
  editor?.core.close();
  await proxy?.stop();
  await site?.stop();
  for (const folder of folders) folder.remove();
});

describe('the workflow offline', () => {
  it('keeps an answer and a withdrawal while the site is away, and sends each once when it is back', async () => {
    const articleId = await saveArticle(journalist.handlers, draft);
    const job = await waitForJob(
      journalist,
      (await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' })).id,
      ['done', 'failed'],
    );
    const postId = job.result!.postId;
    const opened = await call(editor, 'review.open', { siteId: editor.siteId, postId });
    await call(editor, 'review.return', {
      articleId: opened.articleId,
      siteId: editor.siteId,
      notes: [{ blockIndex: 0, text: 'Vilket datum i april?' }],
    });
    await call(journalist, 'review.sync', {});
    const [thread] = await call(journalist, 'review.notes', { articleId });
    expect(thread?.note).toMatchObject({ text: 'Vilket datum i april?', blockIndex: 0 });

    // Offline: the answer waits, and a sync says so instead of failing.
    await proxy.stop();
    const answer = await call(journalist, 'review.answerNote', { noteId: thread!.note.id, text: 'Den 14 april, enligt kommunen.' });
    expect(answer.outbox).toBe('pending');
    expect(await call(journalist, 'review.sync', {})).toEqual({ articles: 0, waiting: 1 });
    expect(
      journalist.core.db
        .prepare(`SELECT outbox, json_extract(outbox_error, '$.code') AS code FROM article_notes WHERE id = @id`)
        .get({ id: answer.id }),
    ).toEqual({
      outbox: 'pending',
      code: 'wp_unreachable',
    });

    // Back online: it goes, once.
    await proxy.start();
    expect(await call(journalist, 'review.sync', {})).toMatchObject({ waiting: 0 });
    await call(journalist, 'review.sync', {});
    await call(editor, 'review.sync', {});
    const [editorThread] = await call(editor, 'review.notes', { articleId: opened.articleId });
    expect(editorThread?.answers.map((one) => one.text)).toEqual(['Den 14 april, enligt kommunen.']);

    // Resubmitted, then withdrawn offline: the post stays pending on the site until the site is back.
    const resubmitted = await waitForJob(
      journalist,
      (await startPublish(journalist, { articleId, siteId: journalist.siteId, action: 'pending' })).id,
      ['done', 'failed', 'conflict'],
    );
    expect(resubmitted.state).toBe('done');
    await proxy.stop();
    const waiting = await call(journalist, 'review.withdraw', { articleId, siteId: journalist.siteId });
    expect(waiting).toMatchObject({ state: 'submitted', pendingStep: 'withdraw', pendingError: { code: 'wp_unreachable' } });
    expect((await postOnSite(site, postId)).status).toBe('pending');
    await proxy.start();
    await call(journalist, 'review.sync', {});
    expect((await call(journalist, 'review.states', { articleId }))[0]).toMatchObject({ state: 'draft', pendingStep: null });
    expect((await postOnSite(site, postId)).status).toBe('draft');
    expect((await call(journalist, 'articles.get', { id: articleId })).status).toBe('draft');

    // The article was never edited: Historik names its one revision submitted (the resubmission not again), returned, withdrawn.
    const history = await call(journalist, 'articles.history', { id: articleId });
    const named = history.entries.filter((entry) => entry.names.length > 0);
    expect(named.map((entry) => entry.revision)).toEqual([resubmitted.revision]);
    expect(named[0]?.names.map((label) => label.name)).toEqual(['submitted', 'returned', 'withdrawn']);
  }, 120_000);
});
