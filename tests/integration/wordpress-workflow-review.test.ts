/**
 * The review steps against a real WordPress (6.1, and 7.1 in the suite's second run), by each
 * role: submit, withdraw, return and approve are status changes of the one post, allowed
 * where WordPress's roles allow them and refused as typed errors where not; a post someone
 * else has moved on is never moved back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stockholmLocal, stockholmToInstant } from '../../shared/format/date';
import { approve, returnToWriter, submitForReview, withdrawSubmission } from '../../main/publish/wordpress/review';
import { clientAs, failure, paragraph, postOnSite, postsTitled } from '../support/wordpress-workflow';
import { basicAuth, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  await site?.stop();
});

/** A draft written by the role, as Spalt first creates a post. */
async function draftBy(role: WordPressRole, title: string): Promise<number> {
  const post = await clientAs(site, role).createPost({ title, content: paragraph(`Brödtext för ${title}.`), status: 'draft' });
  return post.id;
}

/** Tomorrow 05:00 in Stockholm, as an instant. */
function tomorrowAtFive(): Date {
  const day = stockholmLocal(Date.now() + 24 * 60 * 60 * 1000).slice(0, 10);
  const instant = stockholmToInstant(`${day}T05:00`);
  if (!instant) throw new Error('no such time');
  return instant;
}

describe('the journalist: submit and withdraw', () => {
  for (const role of ['contributor', 'author'] as const) {
    it(`the ${role} submits a draft for review, edits it while pending, and withdraws it again`, async () => {
      const title = `Inskickad av ${role}`;
      const id = await draftBy(role, title);
      const client = clientAs(site, role);

      expect((await submitForReview(client, id)).status).toBe('pending');
      expect((await postOnSite(site, id)).status).toBe('pending');

      const edited = await submitForReview(client, id, { content: paragraph('Ny version under granskning.') });
      expect(edited.status).toBe('pending');
      expect((await postOnSite(site, id)).content.raw).toContain('Ny version under granskning.');

      expect((await withdrawSubmission(client, id)).status).toBe('draft');
      expect((await postOnSite(site, id)).status).toBe('draft');
      // A retry after an answer that never came finds it done.
      expect((await withdrawSubmission(client, id)).status).toBe('draft');
      expect(await postsTitled(site, title)).toEqual([id]);
    });
  }

  it('a Contributor can never publish or schedule, not even their own post', async () => {
    const id = await draftBy('contributor', 'Medarbetarens egen');
    const client = clientAs(site, 'contributor');
    await submitForReview(client, id);

    const now = await failure(approve(client, id, { when: 'now' }));
    expect(now.code).toBe('wp_cannot_publish');
    expect(now.messages.sv).toContain('Medarbetare');
    const later = await failure(approve(client, id, { when: 'scheduled', atGmt: tomorrowAtFive().toISOString() }));
    expect(later.code).toBe('wp_cannot_publish');
    expect((await postOnSite(site, id)).status).toBe('pending');
  });

  it('a Contributor cannot touch someone else’s post', async () => {
    const id = await draftBy('editor', 'Redaktörens utkast');
    const error = await failure(submitForReview(clientAs(site, 'contributor'), id));
    expect(error.code).toBe('wp_cannot_edit_post');
    expect(error.disposition).toBe('final');
    expect((await postOnSite(site, id)).status).toBe('draft');
  });
});

describe('the reviewer: return and approve', () => {
  for (const role of ['editor', 'administrator'] as const) {
    it(`the ${role} returns a contributor's submission to draft, then publishes it after resubmission`, async () => {
      const title = `Granskad av ${role}`;
      const id = await draftBy('contributor', title);
      const writer = clientAs(site, 'contributor');
      const reviewer = clientAs(site, role);
      await submitForReview(writer, id);

      expect((await returnToWriter(reviewer, id)).status).toBe('draft');
      expect((await postOnSite(site, id)).status).toBe('draft');
      await submitForReview(writer, id);

      const published = await approve(reviewer, id, { when: 'now' });
      expect(published.status).toBe('publish');
      expect((await postOnSite(site, id)).status).toBe('publish');
      expect((await postOnSite(site, id)).author).toBe(site.users.contributor.id);
      expect(await postsTitled(site, title)).toEqual([id]);
    });
  }

  it('an Editor schedules a submission for 05:00 tomorrow Stockholm time, under another author', async () => {
    const id = await draftBy('contributor', 'Schemalagd till i morgon');
    await submitForReview(clientAs(site, 'contributor'), id);
    const at = tomorrowAtFive();
    const editor = clientAs(site, 'editor');

    const scheduled = await approve(editor, id, { when: 'scheduled', atGmt: at.toISOString(), author: site.users.author.id });
    expect(scheduled.status).toBe('future');
    const onSite = await postOnSite(site, id);
    expect(onSite.status).toBe('future');
    expect(new Date(`${onSite.date_gmt}Z`).toISOString()).toBe(at.toISOString());
    expect(onSite.author).toBe(site.users.author.id);
    // The same approval again (a retry) changes nothing.
    expect((await approve(editor, id, { when: 'scheduled', atGmt: at.toISOString(), author: site.users.author.id })).modified_gmt).toBe(
      scheduled.modified_gmt,
    );
  });

  it('an Author approves their own submission, but may neither return nor approve anyone else’s', async () => {
    const own = await draftBy('author', 'Författarens egen');
    const author = clientAs(site, 'author');
    await submitForReview(author, own);
    expect((await approve(author, own, { when: 'now' })).status).toBe('publish');

    const theirs = await draftBy('contributor', 'Inte författarens');
    await submitForReview(clientAs(site, 'contributor'), theirs);
    for (const step of [() => returnToWriter(author, theirs), () => approve(author, theirs, { when: 'now' })]) {
      const error = await failure(step());
      expect(error.code).toBe('wp_cannot_review');
      expect(error.messages.sv).toContain('Författare');
      expect(error.messages.en).toContain('Author');
    }
    expect((await postOnSite(site, theirs)).status).toBe('pending');
  });
});

describe('a post someone else has moved on', () => {
  it('is not withdrawn once an Editor has published it: the writer gets wp_review_state_changed and the post stays published', async () => {
    for (const role of ['contributor', 'author'] as const) {
      const id = await draftBy(role, `Redan publicerad (${role})`);
      await submitForReview(clientAs(site, role), id);
      await approve(clientAs(site, 'editor'), id, { when: 'now' });

      const error = await failure(withdrawSubmission(clientAs(site, role), id));
      expect(error.code).toBe('wp_review_state_changed');
      expect(error.messages.sv).toContain('publicerat');
      expect(error.messages.en).toContain('published');
      expect((await postOnSite(site, id)).status).toBe('publish');
      expect((await failure(submitForReview(clientAs(site, role), id))).code).toBe('wp_review_state_changed');
    }
  });

  it('is not returned once withdrawn and published by its author, nor approved once in the trash', async () => {
    const id = await draftBy('author', 'Publicerad av författaren själv');
    const author = clientAs(site, 'author');
    await submitForReview(author, id);
    await approve(author, id, { when: 'now' });
    const error = await failure(returnToWriter(clientAs(site, 'editor'), id));
    expect(error.code).toBe('wp_review_state_changed');
    expect((await postOnSite(site, id)).status).toBe('publish');

    const trashed = await draftBy('contributor', 'I papperskorgen');
    await submitForReview(clientAs(site, 'contributor'), trashed);
    await fetch(site.restUrl(`/wp/v2/posts/${trashed}`), { method: 'DELETE', headers: { Authorization: basicAuth(site.users.editor) } });
    expect((await failure(approve(clientAs(site, 'editor'), trashed, { when: 'now' }))).code).toBe('wp_post_gone');
  });
});
