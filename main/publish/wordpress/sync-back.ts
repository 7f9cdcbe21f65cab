/**
 * Sync back to the journalist: the state of submitted posts on the site, as few requests as
 * WordPress allows. One list in context=edit gives the posts the user may still edit, with
 * their markup as stored; WordPress leaves out of that list (it does not refuse it) a post
 * the user may no longer edit, such as a Contributor's post once published or scheduled, so a
 * second list in context=view reads those, with the rendered content only. A post in neither
 * is gone (deleted, trashed, or no longer the user's to read). Notes come beside, from the
 * site's way of keeping them.
 */
import { z } from 'zod';
import type { WordPressClient } from './client';
import type { EditorialNote, NotesOnSite } from './editorial-notes';
import { Post } from './schemas';

export type SubmissionState =
  | {
      postId: number;
      found: true;
      status: string;
      /** UTC, no zone: the publication time of a published or scheduled post. */
      dateGmt: string | null;
      modifiedGmt: string;
      authorId: number;
      link: string;
      title: string;
      /** The markup as stored, where the user may still edit the post; else null. */
      contentRaw: string | null;
      contentRendered: string;
      excerpt: string;
      /** Whether the user may still edit the post (and so read its markup and every note). */
      editable: boolean;
    }
  | { postId: number; found: false };

const perRequest = 100;

export async function readSubmissions(client: WordPressClient, postIds: readonly number[]): Promise<SubmissionState[]> {
  const ids = [...new Set(postIds)];
  const editable = await listByIds(client, ids, 'edit');
  const rest = ids.filter((id) => !editable.has(id));
  const readable = rest.length > 0 ? await listByIds(client, rest, 'view') : new Map<number, Post>();
  return ids.map((postId) => {
    const post = editable.get(postId) ?? readable.get(postId);
    return post ? submissionState(post, editable.has(postId)) : { postId, found: false };
  });
}

/** The posts and their notes together; notes as the site keeps them (notes-support.ts). */
export async function syncSubmissions(
  client: WordPressClient,
  notes: NotesOnSite,
  postIds: readonly number[],
): Promise<{ posts: SubmissionState[]; notes: EditorialNote[] }> {
  const [posts, found] = await Promise.all([readSubmissions(client, postIds), notes.list(postIds)]);
  return { posts, notes: found };
}

async function listByIds(client: WordPressClient, ids: readonly number[], context: 'edit' | 'view'): Promise<Map<number, Post>> {
  const found = new Map<number, Post>();
  for (let start = 0; start < ids.length; start += perRequest) {
    const include = ids.slice(start, start + perRequest);
    const query = { include, status: 'any', context, per_page: perRequest, orderby: 'include' };
    const { value } = await client.call('GET', 'wp/v2/posts', { query }, { kind: 'read' }, z.array(Post));
    for (const post of value) found.set(post.id, post);
  }
  return found;
}

function submissionState(post: Post, editable: boolean): SubmissionState {
  return {
    postId: post.id,
    found: true,
    status: post.status,
    dateGmt: post.date_gmt,
    modifiedGmt: post.modified_gmt,
    authorId: post.author ?? 0,
    link: post.link,
    title: post.title.raw ?? post.title.rendered,
    contentRaw: editable ? (post.content.raw ?? null) : null,
    contentRendered: post.content.rendered,
    excerpt: post.excerpt.raw ?? post.excerpt.rendered,
    editable,
  };
}
