/**
 * Editorial notes against a real WordPress: 7.1 keeps them as its own Notes, 6.1 has none and
 * Spalt keeps them in companion drafts (which also serve a 7.1 site). Each way: a note anchored
 * to a block, answered, resolved and reopened, read back by both sides, sent twice and there
 * once, and invisible to a logged-out reader before and after the article is published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadsOf } from '../../main/publish/wordpress/editorial-notes';
import { anchorNote, readNoteAnchors } from '../../main/publish/wordpress/note-anchors';
import { companionNotes } from '../../main/publish/wordpress/notes-companion';
import { nativeNotes } from '../../main/publish/wordpress/notes-native';
import { detectNotes } from '../../main/publish/wordpress/notes-support';
import { approve, submitForReview } from '../../main/publish/wordpress/review';
import { clientAs, leaks, paragraph, postOnSite, whatReadersSee } from '../support/wordpress-workflow';
import { basicAuth, startWordPress, type WordPressSite } from '../wordpress/site';
import { defaultWordPressVersion } from '../wordpress/versions';

let site: WordPressSite;
const version = defaultWordPressVersion();
/** 7.1 has Notes, and a site without them (6.1, or 7.1 with them off) uses the companion. */
const kinds = version === '7.1' ? (['native', 'companion'] as const) : (['companion'] as const);

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  await site?.stop();
});

const article = [
  '<!-- wp:paragraph {"className":"spalt-lead"} -->\n<p class="spalt-lead"><strong>Kommunen bygger en ny bro.</strong></p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading {"level":3} -->\n<h3>Kostnaden</h3>\n<!-- /wp:heading -->',
  paragraph('Bron kostar 40 miljoner kronor enligt kommunen.'),
].join('\n\n');

/** A Contributor's submission, as Spalt sends it. */
async function submission(title: string): Promise<number> {
  const writer = clientAs(site, 'contributor');
  const post = await writer.createPost({ title, content: article, status: 'draft' });
  await submitForReview(writer, post.id);
  return post.id;
}

function notesAs(kind: 'native' | 'companion', role: 'contributor' | 'editor') {
  const client = clientAs(site, role);
  return kind === 'native' ? nativeNotes(client) : companionNotes(client);
}

async function countEverything(): Promise<string> {
  const headers = { Authorization: basicAuth(site.users.administrator) };
  const posts = await fetch(site.restUrl('/wp/v2/posts?status=draft,pending,publish,future,private&per_page=1'), { headers });
  const comments = await fetch(site.restUrl('/wp/v2/comments?status=all&type=note&per_page=1'), { headers });
  return `${posts.headers.get('x-wp-total')} posts, ${comments.headers.get('x-wp-total')} notes`;
}

describe('which notes a site has', () => {
  it(`finds ${version === '7.1' ? 'WordPress’s own Notes on 7.1' : 'none on 6.1, so the companion'} by reading, leaving nothing behind`, async () => {
    await submission('Före och efter frågan');
    const before = await countEverything();
    for (const role of ['contributor', 'author', 'editor', 'administrator'] as const) {
      expect(await detectNotes(clientAs(site, role))).toBe(version === '7.1' ? 'native' : 'companion');
    }
    expect(await countEverything()).toBe(before);
  });
});

for (const kind of kinds) {
  describe(`notes kept ${kind === 'native' ? 'as WordPress’s own Notes' : 'in companion drafts'}`, () => {
    it('a thread: the editor notes a block, the journalist answers and resolves it, the editor reopens it', async () => {
      const postId = await submission(`Tråden (${kind})`);
      const editorNotes = notesAs(kind, 'editor');
      const writerNotes = notesAs(kind, 'contributor');

      const note = await editorNotes.create({
        postId,
        text: 'Stämmer 40 miljoner? Ange källa & datum <senast i dag>.',
        blockHint: 'block-2',
      });
      if (kind === 'native') {
        // The anchor goes into the post's markup, as WordPress's editor puts it there.
        const markup = anchorNote((await postOnSite(site, postId)).content.raw, [2], note.id);
        await clientAs(site, 'editor').updatePost(postId, { content: markup });
      }
      const answer = await writerNotes.create({ postId, text: 'Ja, enligt kommunens budget för 2027.', parentId: note.id });
      await writerNotes.resolve(postId, note.id);

      for (const notes of [editorNotes, writerNotes]) {
        const [thread, ...others] = threadsOf(await notes.list([postId]));
        expect(others).toEqual([]);
        expect(thread?.note).toMatchObject({
          id: note.id,
          text: 'Stämmer 40 miljoner? Ange källa & datum <senast i dag>.',
          state: 'resolved',
          exact: true,
          author: { id: site.users.editor.id, name: 'Editor' },
        });
        expect(thread?.answers.map((a) => [a.text, a.resolution, a.author.id])).toEqual([
          ['Ja, enligt kommunens budget för 2027.', null, site.users.contributor.id],
          ['', 'resolved', site.users.contributor.id],
        ]);
        expect(thread?.answers[0]?.id).toBe(answer.id);
      }
      if (kind === 'native') {
        const raw = (await postOnSite(site, postId)).content.raw;
        expect(readNoteAnchors(raw)).toEqual([{ noteId: note.id, path: [2], blockName: 'core/paragraph', markedText: null }]);
      } else {
        expect((await writerNotes.list([postId])).find((n) => n.id === note.id)?.blockHint).toBe('block-2');
      }

      await editorNotes.reopen(postId, note.id, 'Källan saknas fortfarande i texten.');
      await editorNotes.reopen(postId, note.id, 'Källan saknas fortfarande i texten.');
      const [thread] = threadsOf(await writerNotes.list([postId]));
      expect(thread?.note.state).toBe('open');
      expect(thread?.answers.map((a) => [a.text, a.resolution])).toEqual([
        ['Ja, enligt kommunens budget för 2027.', null],
        ['', 'resolved'],
        ['Källan saknas fortfarande i texten.', 'reopen'],
      ]);
      // Resolving twice (a retry) records it once.
      await writerNotes.resolve(postId, note.id);
      await writerNotes.resolve(postId, note.id);
      expect(threadsOf(await editorNotes.list([postId]))[0]?.answers.filter((a) => a.resolution === 'resolved')).toHaveLength(2);
    });

    it('a note whose answer never came is found, not sent twice', async () => {
      const postId = await submission(`Skickad två gånger (${kind})`);
      const notes = notesAs(kind, 'contributor');
      const text = 'Jag har lagt till källan i tredje stycket.';
      expect(await notes.find({ postId, text })).toBeNull();
      const sent = await notes.create({ postId, text });
      // The outbox, not knowing whether the first try arrived, asks first.
      expect((await notes.find({ postId, text }))?.id).toBe(sent.id);
      expect((await notes.list([postId])).filter((n) => n.text === text)).toHaveLength(1);
    });

    it('nothing of a note is visible to a logged-out reader, before or after the article is published', async () => {
      const title = `Publiceras med anteckningar (${kind})`;
      const postId = await submission(title);
      const secret = `Hemlig anteckning ${kind} 7f3a`;
      const editorNotes = notesAs(kind, 'editor');
      const note = await editorNotes.create({ postId, text: secret });
      await notesAs(kind, 'contributor').create({ postId, text: `${secret}, svar`, parentId: note.id });
      const companions = await companionIds(postId);
      expect(companions.length).toBe(kind === 'companion' ? 2 : 0);

      // The note, the companion's marker, its title and the first words of its explanation.
      const secrets = [secret, 'spalt-notes-', 'anteckningar till', 'Det här utkastet hör till'];
      const searches = [secret, '7f3a', 'spalt-notes-'];
      expect(leaks(await whatReadersSee(site, { search: searches, postIds: [postId, ...companions] }), secrets)).toEqual([]);

      const published = await approve(clientAs(site, 'editor'), postId, { when: 'now' });
      const seen = await whatReadersSee(site, {
        search: [...searches, 'Bron kostar'],
        postIds: [postId, ...companions],
        pages: [published.link],
      });
      // The same reader finds the article itself, by its page and by search: the checks see what is public.
      expect(leaks(seen, ['Bron kostar 40 miljoner kronor']).length).toBeGreaterThanOrEqual(3);
      expect(leaks(seen, secrets)).toEqual([]);
      expect((await editorNotes.list([postId])).map((n) => n.text)).toEqual([secret, `${secret}, svar`]);
    });
  });
}

/** The companion drafts Spalt keeps for a post (none for native notes), read by the administrator. */
async function companionIds(postId: number): Promise<number[]> {
  const posts = await companionPosts(postId);
  return posts.map((post) => post.id);
}

async function companionPosts(postId: number): Promise<Array<{ id: number; slug: string; status: string; title: { raw: string } }>> {
  const url = site.restUrl(`/wp/v2/posts?search=spalt-notes-${postId}-&status=draft,pending,publish,future,private&context=edit`);
  const posts = (await (await fetch(url, { headers: { Authorization: basicAuth(site.users.administrator) } })).json()) as Array<{
    id: number;
    slug: string;
    status: string;
    title: { raw: string };
  }>;
  for (const post of posts) expect(post.status).toBe('draft');
  return posts;
}
