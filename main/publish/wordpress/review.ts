/**
 * The review steps as WordPress sees them: status changes on the one post Spalt already made
 * for the article, never a second post.
 *   submit:   draft → pending (the journalist; again while pending: an update of the submission)
 *   withdraw: pending → draft (the journalist)
 *   return:   pending → draft (a reviewer, with notes beside it)
 *   approve:  pending or draft → publish, or future with date_gmt (a reviewer; may set author)
 * WordPress has no conditional update, so each step reads the post's status first and refuses,
 * changing nothing, when someone else has moved it on (an author withdrawing a post an editor
 * has just published would otherwise unpublish it). A step whose post already stands where the
 * step leads is done: that is what a retry after an unknown outcome finds.
 */
import { builtKey } from '../../../shared/i18n/built-keys';
import { translate } from '../../../shared/i18n';
import { wordPressGmt } from '../../../shared/publish/publish';
import type { WordPressClient } from './client';
import { WordPressError, type Action } from './errors';
import { Post, type PostFields } from './schemas';

export type PostStatus = 'draft' | 'pending' | 'future' | 'publish' | 'private' | 'trash';
export type ReviewStep = 'submit' | 'withdraw' | 'return' | 'approve';

/** When an approved post goes out: now, or at an instant (UTC, ISO 8601). */
export type Approval = { when: 'now'; author?: number } | { when: 'scheduled'; atGmt: string; author?: number };

/** What each step may start from, the statuses that mean it is already done aside. */
const startsFrom: Record<ReviewStep, readonly string[]> = {
  submit: ['draft', 'pending'],
  withdraw: ['pending'],
  return: ['pending'],
  approve: ['pending', 'draft'],
};

/** A scheduled post published now gets a date a minute back, so no clock skew keeps it scheduled. */
const publishNowMarginMs = 60_000;

/** Journalist: send the post for review (status pending). Content changes go with it in `fields`. */
export function submitForReview(client: WordPressClient, postId: number, fields: Omit<PostFields, 'status'> = {}): Promise<Post> {
  return moveOn(
    client,
    postId,
    'submit',
    { ...fields, status: 'pending' },
    (post) => post.status === 'pending' && Object.keys(fields).length === 0,
  );
}

/** Journalist: take a submission back (status draft), as long as no reviewer has acted on it. */
export function withdrawSubmission(client: WordPressClient, postId: number): Promise<Post> {
  return moveOn(client, postId, 'withdraw', { status: 'draft' }, (post) => post.status === 'draft');
}

/** Reviewer: send the post back to its writer (status draft); the notes say why. */
export function returnToWriter(client: WordPressClient, postId: number): Promise<Post> {
  return moveOn(client, postId, 'return', { status: 'draft' }, (post) => post.status === 'draft');
}

/** Reviewer: publish the post now or schedule it, optionally under another author. */
export function approve(client: WordPressClient, postId: number, approval: Approval, now: Date = new Date()): Promise<Post> {
  const author = approval.author === undefined ? {} : { author: approval.author };
  if (approval.when === 'scheduled') {
    const dateGmt = wordPressGmt(new Date(approval.atGmt));
    const done = (post: Post) => post.status === 'future' && post.date_gmt === dateGmt && sameAuthor(post, approval.author);
    return moveOn(client, postId, 'approve', { status: 'future', date_gmt: dateGmt, ...author }, done);
  }
  const done = (post: Post) => post.status === 'publish' && sameAuthor(post, approval.author);
  return moveOn(client, postId, 'approve', { status: 'publish', ...author }, done, (post) => {
    const dated = post.date_gmt === null ? null : Date.parse(`${post.date_gmt}Z`);
    // A post dated ahead (a writer's wish, a clock ahead) would be scheduled instead of published.
    return dated !== null && dated > now.getTime() ? { date_gmt: wordPressGmt(new Date(now.getTime() - publishNowMarginMs)) } : {};
  });
}

async function moveOn(
  client: WordPressClient,
  postId: number,
  step: ReviewStep,
  fields: PostFields,
  alreadyDone: (post: Post) => boolean,
  extra: (post: Post) => PostFields = () => ({}),
): Promise<Post> {
  const action: Action = step === 'submit' || step === 'withdraw' ? { kind: 'edit_post', id: postId } : { kind: 'review_post', id: postId };
  // context=view: a writer may still read a post an editor has published, which they may no longer edit.
  const current = (await client.call('GET', `wp/v2/posts/${postId}`, {}, action, Post)).value;
  if (current.status === 'trash')
    throw new WordPressError('wp_post_gone', { address: client.address, id: postId }, { disposition: 'final', status: 200 });
  if (alreadyDone(current)) return current;
  if (!startsFrom[step].includes(current.status)) {
    throw new WordPressError(
      'wp_review_state_changed',
      { address: client.address, id: postId, ...statusDetails(current.status) },
      { disposition: 'final', status: 409 },
    );
  }
  const { value } = await client.call('POST', `wp/v2/posts/${postId}`, { json: { ...fields, ...extra(current) } }, action, Post);
  return value;
}

function sameAuthor(post: Post, author: number | undefined): boolean {
  return author === undefined || post.author === author;
}

/** A post status in both languages, for messages. */
export function statusDetails(status: string): { status: string; statusSv: string; statusEn: string } {
  const known = ['draft', 'pending', 'future', 'publish', 'private', 'trash'].includes(status);
  if (!known) return { status, statusSv: status, statusEn: status };
  const key = builtKey('wordpress.postStatus.', status as PostStatus);
  return { status, statusSv: translate('sv', key), statusEn: translate('en', key) };
}
