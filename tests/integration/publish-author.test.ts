/**
 * The post's author against a real WordPress 6.1: the users a post can carry (who=authors, not
 * subscribers), an editor publishing a reporter's story under the reporter and republishing it,
 * the dialog's suggestion from the byline and from the post, and an author-role user who may
 * not publish in someone else's name, refused before anything reaches the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/dispatch';
import { getSiteCache } from '../../main/db/site-cache';
import { WordPressClient } from '../../main/publish/wordpress/client';
import { WordPressError } from '../../main/publish/wordpress/errors';
import { body, p } from '../fixtures/seeds/build';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { adminGet, adminPost, fileTempDir, saveArticle, startPublish, startSpalt, waitForJob, type Spalt } from './publish-support';

let site: WordPressSite;
const temp = fileTempDir('spalt-author-');
const open: Spalt[] = [];
let folders = 0;
/** A reporter with a user of her own on the site, and a reader who only subscribes. */
let reporter: { id: number; name: string };
let subscriber: { id: number };

beforeAll(async () => {
  site = await startWordPress();
  const user = (username: string, name: string, role: string) =>
    adminPost<{ id: number; name: string }>(site, '/wp/v2/users', {
      username,
      name,
      email: `${username}@example.test`,
      password: 'ett-långt-lösenord-1',
      roles: [role],
    });
  reporter = await user('asa', 'Åsa Öberg', 'author');
  subscriber = await user('sven', 'Sven Läsare', 'subscriber');
});

afterAll(async () => {
  for (const spalt of open) spalt.core.close();
  await site?.stop();
  temp.remove();
});

async function spaltAs(role: 'editor' | 'author'): Promise<Spalt> {
  const spalt = await startSpalt(`${temp.dir}/profile-${(folders += 1)}`, site, role);
  open.push(spalt);
  return spalt;
}

function clientAs(role: 'editor' | 'author'): WordPressClient {
  const user = site.users[role];
  return new WordPressClient({ address: site.url, username: user.username, password: user.applicationPassword });
}

async function article(spalt: Spalt, headline: string, byline: string): Promise<string> {
  return saveArticle(spalt.handlers, {
    kind: 'news',
    kicker: '',
    headline,
    lead: 'En ingress.',
    bylines: [{ role: 'text', name: byline, personId: null }],
    label: '',
    disclaimer: '',
    sponsor: '',
    mainPhotoId: null,
    body: body(p('Brödtext.')),
  });
}

async function setByline(spalt: Spalt, id: string, name: string): Promise<void> {
  const saved = await spalt.handlers['articles.get']({ id });
  const { kind, kicker, headline, lead, label, disclaimer, sponsor, mainPhotoId, body: b } = saved;
  await spalt.handlers['articles.save']({
    id,
    baseRevision: saved.revision,
    draft: {
      kind,
      kicker,
      headline,
      lead,
      bylines: [{ role: 'text', name, personId: null }],
      label,
      disclaimer,
      sponsor,
      mainPhotoId,
      body: b,
    },
  });
}

const postAuthor = async (postId: number) => (await adminGet<{ author: number }>(site, `/wp/v2/posts/${postId}?context=edit`)).author;

describe('listAuthors', () => {
  it("lists every user whose role can write posts, as WordPress's own user list has them, and no subscriber", async () => {
    const everyone = await adminGet<Array<{ id: number; roles: string[] }>>(site, '/wp/v2/users?context=edit&per_page=100');
    const writers = everyone.filter((user) => !user.roles.includes('subscriber')).map((user) => user.id);
    expect(everyone.map((user) => user.id)).toContain(subscriber.id);

    const authors = await clientAs('editor').listAuthors();
    expect(authors.map((author) => author.id).sort((a, b) => a - b)).toEqual(writers.sort((a, b) => a - b));
    expect(authors.find((author) => author.id === reporter.id)).toMatchObject({ name: 'Åsa Öberg', slug: 'asa' });
    expect(authors.map((author) => author.id)).not.toContain(subscriber.id);
  });
});

describe('an editor publishing a reporter’s story', () => {
  it('publishes it under the reporter the byline names, keeps her when publishing again, and suggests her from the post later', async () => {
    const editor = await spaltAs('editor');
    const id = await article(editor, 'Nya cykelbanor längs kanalen', 'åsa öberg');

    const options = await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId });
    expect(options.authors.map((author) => author.name)).toEqual(expect.arrayContaining(['Åsa Öberg', 'Editor', 'Author', 'Contributor']));
    expect(options.authors.map((author) => author.id)).not.toContain(subscriber.id);
    expect(options.suggestedAuthor).toBe(reporter.id);
    // Kept with the categories and tags, for the dialog offline.
    expect(getSiteCache(editor.core.db, editor.siteId)?.authors).toEqual(options.authors);

    const first = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish', author: options.suggestedAuthor! })).id,
      ['done', 'failed'],
    );
    expect(first).toMatchObject({ state: 'done', result: { status: 'publish' } });
    const postId = first.result!.postId;
    expect(await postAuthor(postId)).toBe(reporter.id);

    // Publishing again without naming an author leaves the post's author as it is.
    const again = await waitForJob(editor, (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish' })).id, [
      'done',
      'failed',
    ]);
    expect(again).toMatchObject({ state: 'done', result: { postId } });
    expect(await postAuthor(postId)).toBe(reporter.id);

    // A byline naming no user of the site: the dialog keeps the post's author.
    await setByline(editor, id, 'Lucas T');
    const later = await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId });
    expect(later.suggestedAuthor).toBe(reporter.id);

    // The editor can also take the post over, and it stays one post.
    const mine = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish', author: site.users.editor.id })).id,
      ['done', 'failed'],
    );
    expect(mine).toMatchObject({ state: 'done', result: { postId } });
    expect(await postAuthor(postId)).toBe(site.users.editor.id);
  });

  it('treats an author changed on the site as a change to compare, by name, not one to overwrite', async () => {
    const editor = await spaltAs('editor');
    const id = await article(editor, 'Skolan får ny rektor', 'Åsa Öberg');
    // No publish dialog opened (no user list kept): the comparison asks the site for the names.
    const first = await waitForJob(
      editor,
      (await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish', author: reporter.id })).id,
      ['done', 'failed'],
    );
    const postId = first.result!.postId;

    await adminPost(site, `/wp/v2/posts/${postId}`, { author: site.users.editor.id });
    const job = await startPublish(editor, { articleId: id, siteId: editor.siteId, action: 'publish', author: reporter.id });
    const conflict = await waitForJob(editor, job.id, ['conflict', 'done', 'failed']);
    expect(conflict).toMatchObject({ state: 'conflict', step: 'post' });
    expect(conflict.conflict?.changes).toEqual([{ field: 'author', before: 'Åsa Öberg', now: 'Editor' }]);
    expect(await postAuthor(postId)).toBe(site.users.editor.id);

    await editor.handlers['publish.resolveConflict']({ jobId: job.id, choice: 'overwrite' });
    expect(await waitForJob(editor, job.id, ['done', 'failed'])).toMatchObject({ state: 'done', result: { postId } });
    expect(await postAuthor(postId)).toBe(reporter.id);
  });

  it('suggests the editor when the byline names no user and there is no post yet', async () => {
    const editor = await spaltAs('editor');
    const id = await article(editor, 'Frilansarens reportage', 'Lucas T');
    expect((await editor.handlers['publish.options']({ articleId: id, siteId: editor.siteId })).suggestedAuthor).toBe(site.users.editor.id);
  });
});

describe('an author-role user', () => {
  it('is offered no choice, and publish.start refuses another author in Swedish with nothing sent to the site', async () => {
    const author = await spaltAs('author');
    const headline = 'Författarens text i redaktörens namn';
    const id = await article(author, headline, 'Editor');
    const options = await author.handlers['publish.options']({ articleId: id, siteId: author.siteId });
    expect(options).toMatchObject({
      user: { id: site.users.author.id, role: 'author' },
      capabilities: { editOthersPosts: false },
      authors: [],
      suggestedAuthor: site.users.author.id,
    });

    const refused = await dispatch(author.handlers, 'publish.start', {
      articleId: id,
      siteId: author.siteId,
      action: 'publish',
      author: site.users.editor.id,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wp_cannot_set_author' } });
    if (!refused.ok) {
      expect(refused.error.message.sv).toBe(
        `Din roll på ${site.url} (Författare) får inte publicera i någon annans namn. Välj dig själv som författare på webbplatsen, eller be en redaktör publicera artikeln.`,
      );
    }
    expect(await author.handlers['publish.jobs']({ articleId: id, limit: 10 })).toEqual([]);
    expect(
      await adminGet<unknown[]>(site, `/wp/v2/posts?search=${encodeURIComponent(headline)}&status=draft,pending,future,publish,private`),
    ).toEqual([]);

    // Naming oneself is fine.
    const own = await waitForJob(
      author,
      (await startPublish(author, { articleId: id, siteId: author.siteId, action: 'publish', author: site.users.author.id })).id,
      ['done', 'failed'],
    );
    expect(own.state).toBe('done');
    expect(await postAuthor(own.result!.postId)).toBe(site.users.author.id);
  });

  it('is stopped at the check step when Spalt had not read the role yet, still before anything reaches the site', async () => {
    const author = await spaltAs('author');
    const headline = 'Ännu en text i någon annans namn';
    const id = await article(author, headline, 'Editor');
    const job = await startPublish(author, { articleId: id, siteId: author.siteId, action: 'draft', author: reporter.id });
    const failed = await waitForJob(author, job.id, ['done', 'failed']);
    expect(failed).toMatchObject({ state: 'failed', step: 'check', error: { code: 'wp_cannot_set_author' } });
    expect(
      await adminGet<unknown[]>(site, `/wp/v2/posts?search=${encodeURIComponent(headline)}&status=draft,pending,future,publish,private`),
    ).toEqual([]);
  });

  it("gets WordPress's own refusal (403 rest_cannot_edit_others) as the same Swedish message", async () => {
    const client = clientAs('author');
    const refusal = await client
      .createPost({ title: 'Inte i mitt namn', status: 'draft', author: reporter.id })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(WordPressError);
    expect(refusal).toMatchObject({
      code: 'wp_cannot_set_author',
      status: 403,
      wordpressCode: 'rest_cannot_edit_others',
      disposition: 'final',
    });
    expect((refusal as WordPressError).messages.sv).toContain('(Författare) får inte publicera i någon annans namn.');
  });
});
