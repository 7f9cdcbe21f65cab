/**
 * What WordPress itself does that the workflow's protocol is built around, proven on the real
 * thing: kses on a Contributor's content (why companions carry base64 in 64 KiB parts); on
 * 7.1, Notes without flood or duplicate checks, and the client's handling where a site applies
 * them; on 6.1, why notes cannot be comments; a site with Notes turned off for posts.
 */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companionContent, companionPayload } from '../../main/publish/wordpress/companion';
import { nativeNotes } from '../../main/publish/wordpress/notes-native';
import { detectNotes } from '../../main/publish/wordpress/notes-support';
import { approve, submitForReview } from '../../main/publish/wordpress/review';
import { Post } from '../../main/publish/wordpress/schemas';
import { clientAs, failure, leaks, paragraph, whatReadersSee } from '../support/wordpress-workflow';
import { addMuPlugin, noteFloodAndDuplicateChecks } from '../wordpress/mu-plugins';
import { basicAuth, startWordPress, type WordPressSite } from '../wordpress/site';
import { defaultWordPressVersion } from '../wordpress/versions';

let site: WordPressSite;
const version = defaultWordPressVersion();

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  await site?.stop();
});

/** A post written as the Contributor straight through the REST API; its content as stored. */
async function contributorDraft(content: string): Promise<{ id: number; raw: string }> {
  const response = await fetch(site.restUrl('/wp/v2/posts'), {
    method: 'POST',
    headers: { Authorization: basicAuth(site.users.contributor), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Följeutkast', content, status: 'draft' }),
  });
  expect(response.status).toBe(201);
  const post = (await response.json()) as { id: number; content: { raw: string } };
  return { id: post.id, raw: post.content.raw };
}

async function pendingSubmission(title: string): Promise<number> {
  const writer = clientAs(site, 'contributor');
  const post = await writer.createPost({ title, content: paragraph('Brödtext.'), status: 'draft' });
  await submitForReview(writer, post.id);
  return post.id;
}

describe('kses and a Contributor’s companion', () => {
  it('rewrites raw JSON in a block comment, and empties the whole content for one comment past PCRE’s backtrack limit', async () => {
    const json = '<!-- wp:spalt/companion {"text":"<b>a & b -- c</b>"} /-->';
    expect((await contributorDraft(json)).raw).not.toBe(json);

    const long = `${paragraph('Före.')}\n\n<!-- wp:spalt/companion {"data":"${randomBytes(1_050_000).toString('base64')}"} /-->`;
    expect((await contributorDraft(long)).raw).toBe('');
  });

  it('keeps a 3 MB payload byte for byte as base64 in parts of 64 KiB', async () => {
    const payload = new Uint8Array(randomBytes(3 * 1024 * 1024));
    const marker = 'spalt-photo-1-abcdefabcdefabcdefabcdef';
    const content = companionContent(marker, 1, 'Kses & ”citat” <b>', payload);
    const stored = await contributorDraft(content);
    expect(stored.raw).toBe(content);
    const post = Post.parse({
      id: stored.id,
      status: 'draft',
      slug: marker,
      link: '',
      date_gmt: null,
      modified_gmt: '',
      title: { rendered: '' },
      content: { raw: stored.raw },
      excerpt: { rendered: '' },
    });
    expect(Buffer.from(companionPayload(clientAs(site, 'contributor'), post)).equals(Buffer.from(payload))).toBe(true);
  });
});

if (version === '7.1') {
  describe('WordPress 7.1’s Notes, flood and duplicates', () => {
    // First in the file: WordPress's flood check counts every comment the Contributor wrote in the last 15 s.
    it('where a site applies WordPress’s flood and duplicate checks to notes: the flood is a wait, the duplicate the note already there', async () => {
      const remove = addMuPlugin(site, 'note-flood', noteFloodAndDuplicateChecks);
      try {
        const postId = await pendingSubmission('Flod och dubblett');
        const notes = nativeNotes(clientAs(site, 'contributor'));
        const first = await notes.create({ postId, text: 'Första anteckningen.' });

        const flood = await failure(notes.create({ postId, text: 'Andra anteckningen, för tidigt.' }));
        expect(flood.code).toBe('wp_note_too_soon');
        expect(flood.wordpressCode).toBe('comment_flood');
        expect(flood.disposition).toBe('retryable');
        expect(flood.retryAfterMs).toBe(15_000);
        expect(flood.messages.sv).toContain('15 s');

        // The same note again: WordPress says 409 comment_duplicate, the client gives back the one there.
        const again = await notes.create({ postId, text: 'Första anteckningen.' });
        expect(again.id).toBe(first.id);

        // After the wait WordPress implies, the note goes.
        await new Promise((resolve) => setTimeout(resolve, flood.retryAfterMs ?? 0));
        const second = await notes.create({ postId, text: 'Andra anteckningen, för tidigt.' });
        expect((await notes.list([postId])).map((note) => [note.id, note.text])).toEqual([
          [first.id, 'Första anteckningen.'],
          [second.id, 'Andra anteckningen, för tidigt.'],
        ]);
      } finally {
        remove();
      }
    }, 60_000);

    it('checks neither for notes: a Contributor’s identical second note within 15 s is stored twice', async () => {
      const postId = await pendingSubmission('Två likadana');
      const send = () =>
        fetch(site.restUrl('/wp/v2/comments'), {
          method: 'POST',
          headers: { Authorization: basicAuth(site.users.contributor), 'Content-Type': 'application/json' },
          body: JSON.stringify({ post: postId, content: 'Samma sak två gånger.', type: 'note', status: 'hold' }),
        });
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const notes = await nativeNotes(clientAs(site, 'editor')).list([postId]);
      expect(notes.map((note) => note.text)).toEqual(['Samma sak två gånger.', 'Samma sak två gånger.']);
    });

    it('a site with Notes turned off for posts is a site without Notes', async () => {
      const remove = addMuPlugin(
        site,
        'notes-off',
        "add_action('init', function () { remove_post_type_support('post', 'editor'); add_post_type_support('post', 'editor'); }, 20);",
      );
      try {
        expect(await detectNotes(clientAs(site, 'editor'))).toBe('companion');
        const postId = await pendingSubmission('Utan anteckningar');
        const error = await failure(nativeNotes(clientAs(site, 'editor')).create({ postId, text: 'Går inte.' }));
        expect(error.code).toBe('wp_notes_unsupported');
      } finally {
        remove();
      }
      expect(await detectNotes(clientAs(site, 'editor'))).toBe('native');
    });
  });
} else {
  describe('WordPress 6.1: why notes cannot be comments', () => {
    it('refuses a note, and approves a post author’s own comment on a pending post, which readers see once it is published', async () => {
      const postId = await pendingSubmission('Kommentar i stället');
      const error = await failure(nativeNotes(clientAs(site, 'contributor')).create({ postId, text: 'En anteckning.' }));
      expect(error.code).toBe('wp_notes_unsupported');

      const comment = await fetch(site.restUrl('/wp/v2/comments'), {
        method: 'POST',
        headers: { Authorization: basicAuth(site.users.contributor), 'Content-Type': 'application/json' },
        body: JSON.stringify({ post: postId, content: 'Tänkt som intern anteckning 91c2.' }),
      });
      expect(comment.status).toBe(201);
      expect(((await comment.json()) as { status: string }).status).toBe('approved');
      const published = await approve(clientAs(site, 'editor'), postId, { when: 'now' });
      const seen = await whatReadersSee(site, { search: [], postIds: [postId], pages: [published.link] });
      expect(leaks(seen, ['Tänkt som intern anteckning 91c2.']).length).toBeGreaterThan(0);
    });
  });
}
