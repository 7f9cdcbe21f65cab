/**
 * Sync back to the journalist, against a real WordPress: one Contributor's submissions in every
 * state an editor can leave them (returned with a note, edited while pending, scheduled,
 * published, trashed), read in as few requests as WordPress allows, with their notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notesOnSite } from '../../main/publish/wordpress/notes-support';
import { approve, returnToWriter, submitForReview } from '../../main/publish/wordpress/review';
import { readSubmissions, syncSubmissions } from '../../main/publish/wordpress/sync-back';
import { WordPressClient, type WordPressClientOptions } from '../../main/publish/wordpress/client';
import { clientAs, paragraph } from '../support/wordpress-workflow';
import { basicAuth, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';

let site: WordPressSite;
const ids: Record<'returned' | 'edited' | 'scheduled' | 'published' | 'trashed', number> = {
  returned: 0,
  edited: 0,
  scheduled: 0,
  published: 0,
  trashed: 0,
};
const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
inTwoDays.setUTCHours(4, 0, 0, 0);

beforeAll(async () => {
  site = await startWordPress();
  const writer = clientAs(site, 'contributor');
  const editor = clientAs(site, 'editor');
  for (const state of Object.keys(ids) as Array<keyof typeof ids>) {
    const post = await writer.createPost({
      title: `Artikel ${state}`,
      content: paragraph(`Journalistens text (${state}).`),
      status: 'draft',
    });
    await submitForReview(writer, post.id);
    ids[state] = post.id;
  }
  await returnToWriter(editor, ids.returned);
  await editor.updatePost(ids.edited, { content: paragraph('Redaktörens ändrade text.') });
  await approve(editor, ids.scheduled, { when: 'scheduled', atGmt: inTwoDays.toISOString() });
  await approve(editor, ids.published, { when: 'now' });
  const trashed = await fetch(site.restUrl(`/wp/v2/posts/${ids.trashed}`), {
    method: 'DELETE',
    headers: { Authorization: basicAuth(site.users.editor) },
  });
  expect(trashed.status).toBe(200);
  const notes = await notesOnSite(editor);
  await notes.create({ postId: ids.returned, text: 'Skriv om ingressen, tack.' });
  await notes.create({ postId: ids.published, text: 'Bra, publicerad.' });
}, 120_000);

afterAll(async () => {
  await site?.stop();
});

/** A client that counts its requests. */
function countingClient(role: WordPressRole): { client: WordPressClient; requests: string[] } {
  const requests: string[] = [];
  const user = site.users[role];
  const options: WordPressClientOptions = {
    address: site.url,
    username: user.username,
    password: user.applicationPassword,
    restRoot: `${site.url}/wp-json/`,
    fetch: (input, init) => {
      requests.push(`${init.method ?? 'GET'} ${new URL(input).pathname}`);
      return fetch(input, init);
    },
  };
  return { client: new WordPressClient(options), requests };
}

describe('sync back to the journalist', () => {
  it('reads every submission’s state in two requests: the markup where the Contributor may still edit, the rendered text where not', async () => {
    const { client, requests } = countingClient('contributor');
    const states = await readSubmissions(client, Object.values(ids));
    expect(requests).toEqual(['GET /wp-json/wp/v2/posts', 'GET /wp-json/wp/v2/posts']);

    const byId = new Map(states.map((state) => [state.postId, state]));
    expect(byId.get(ids.returned)).toMatchObject({
      found: true,
      status: 'draft',
      editable: true,
      contentRaw: paragraph('Journalistens text (returned).'),
    });
    expect(byId.get(ids.edited)).toMatchObject({
      found: true,
      status: 'pending',
      editable: true,
      contentRaw: paragraph('Redaktörens ändrade text.'),
    });
    expect(byId.get(ids.scheduled)).toMatchObject({
      found: true,
      status: 'future',
      editable: false,
      contentRaw: null,
      dateGmt: inTwoDays.toISOString().slice(0, 19),
    });
    expect(byId.get(ids.published)).toMatchObject({
      found: true,
      status: 'publish',
      editable: false,
      contentRaw: null,
      authorId: site.users.contributor.id,
    });
    const published = byId.get(ids.published);
    expect(published?.found && published.contentRendered).toContain('Journalistens text (published).');
    expect(published?.found && published.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/artikel-published\/$/);
    expect(byId.get(ids.trashed)).toEqual({ postId: ids.trashed, found: false });
  });

  it('brings the notes beside the posts: every note on a post still in review, the Contributor’s own on a published one', async () => {
    const { client } = countingClient('contributor');
    const { posts, notes } = await syncSubmissions(client, await notesOnSite(client), [ids.returned, ids.published]);
    expect(posts.map((post) => post.found && post.status)).toEqual(['draft', 'publish']);
    const returned = notes.filter((note) => note.postId === ids.returned);
    expect(returned.map((note) => [note.text, note.author.name, note.exact])).toEqual([['Skriv om ingressen, tack.', 'Editor', true]]);
    // WordPress shows a writer an editor's note on a published post only where they may edit it (native
    // Notes); a companion stays the writer's draft whatever the post's state.
    const onPublished = notes.filter((note) => note.postId === ids.published).map((note) => note.text);
    expect(onPublished).toEqual(site.version === '7.1' ? [] : ['Bra, publicerad.']);
  });
});
