/**
 * Sync with the site: the state and notes of every article of this profile still in the
 * workflow (submitted, returned, scheduled, or opened from the queue), read in a few requests
 * per site (sync-back.ts). The article takes the state its post has; the notes come beside it,
 * each on its block; what an editor changed in the post is taken in when the writer has not
 * changed the article since it was sent (else the next publish shows both, never overwriting).
 */
import { randomUUID } from 'node:crypto';
import type { ArticleStatus } from '../../../shared/article/article';
import type { RevisionName } from '../../../shared/article/history';
import type { WorkflowState } from '../../../shared/publish/review';
import { getArticle } from '../../db/articles';
import { getRemotePost } from '../../db/remote-posts';
import { inTransaction } from '../../db/transaction';
import {
  findNoteByRemoteId,
  followedArticles,
  getWorkflowState,
  insertNote,
  linkSyncedPost,
  setWorkflowState,
  updateNoteFromSite,
} from '../../db/workflow';
import { emitReviewChanged } from '../../events';
import { SpaltError } from '../../../shared/errors';
import type { WordPressClient } from '../wordpress/client';
import type { EditorialNote } from '../wordpress/editorial-notes';
import { readNoteAnchors, withoutNoteAnchors } from '../wordpress/note-anchors';
import { syncSubmissions, type SubmissionState } from '../wordpress/sync-back';
import { saveFromSite, setStatus } from './article-write';
import { siteSession, type ReviewDeps } from './context';
import { nameWorkflowStep } from './names';
import { draftFromPost, headerBlockCount } from './post-draft';
import { gmtIso } from './queue';
import { blockTextAt } from './blocks';
import { mainPhotoIn, namesForeignPhotos, nothingReceived, receivePhotos, tieDraft, type ReceivedPhotos } from './photos';

type Found = Extract<SubmissionState, { found: true }>;

const stateOfPost: Record<string, WorkflowState | undefined> = {
  pending: 'submitted',
  future: 'scheduled',
  publish: 'published',
  private: 'published',
};
const articleStatusOf: Record<WorkflowState, ArticleStatus> = {
  draft: 'draft',
  submitted: 'in_review',
  returned: 'returned',
  approved: 'in_review',
  scheduled: 'scheduled',
  published: 'published',
};

/** The states a sync learns from the site that name a revision in the article's history. */
const namedStates: Partial<Record<WorkflowState, RevisionName>> = { returned: 'returned', scheduled: 'scheduled', published: 'published' };

/** Pulls every followed article's state and notes; a site that cannot be reached is left for later. Returns how many were read. */
export async function syncWorkflow(deps: ReviewDeps): Promise<number> {
  const bySite = new Map<string, Array<{ articleId: string; postId: number }>>();
  for (const followed of followedArticles(deps.db)) bySite.set(followed.siteId, [...(bySite.get(followed.siteId) ?? []), followed]);
  let read = 0;
  for (const [siteId, articles] of bySite) {
    const { client, notes } = await siteSession(deps, siteId);
    const found = await syncSubmissions(
      client,
      notes,
      articles.map((article) => article.postId),
    );
    for (const article of articles) {
      const state = found.posts.find((post) => post.postId === article.postId);
      if (!state?.found) continue;
      const received = await photosOfChangedPost(deps, client, siteId, article.articleId, state);
      if (received === null) continue;
      const postNotes = found.notes.filter((note) => note.postId === article.postId);
      inTransaction(deps.db, () => applyState(deps, siteId, article.articleId, state, postNotes, received));
      emitReviewChanged(deps.events, siteId, article.articleId);
      read += 1;
    }
  }
  return read;
}

/**
 * A submission changed on the site since the last sync that names photos of another library (an
 * editor following a Contributor's post): its photos are received before the post is taken in,
 * so the article keeps referring to this library's photos. Null when they cannot be read now:
 * the article waits for the next sync.
 */
async function photosOfChangedPost(
  deps: ReviewDeps,
  client: WordPressClient,
  siteId: string,
  articleId: string,
  post: Found,
): Promise<ReceivedPhotos | null> {
  const content = post.contentRaw;
  const remote = getRemotePost(deps.db, siteId, articleId);
  // modified_gmt is kept to the second: a send within the second of the last sync is told by its content.
  const unchanged = remote?.modifiedGmt === post.modifiedGmt && remote.synced?.content === content;
  if (content === null || unchanged || !namesForeignPhotos(deps, content)) return nothingReceived();
  try {
    return await receivePhotos(deps, client, post.postId, content);
  } catch (error) {
    if (error instanceof SpaltError) return null;
    throw error;
  }
}

function applyState(
  deps: ReviewDeps,
  siteId: string,
  articleId: string,
  post: Found,
  notes: readonly EditorialNote[],
  received: ReceivedPhotos,
): void {
  const now = deps.now();
  const previous = getWorkflowState(deps.db, articleId, siteId);
  // A step still waiting to reach the site stands until it has.
  if (previous?.pendingStep) return;
  // Only a post still between writer and editor is taken in; a scheduled or published one is the ordinary publish's to judge.
  const inReview = previous
    ? previous.state === 'submitted' || previous.state === 'returned'
    : getArticle(deps.db, articleId).status === 'in_review';
  const content = post.contentRaw === null ? null : inReview ? takeInSiteChanges(deps, siteId, articleId, post, received) : post.contentRaw;
  applyNotes(deps, siteId, articleId, notes, content);
  const state: WorkflowState = stateOfPost[post.status] ?? (previous && previous.state !== 'draft' ? 'returned' : 'draft');
  const scheduledGmt = state === 'scheduled' && post.dateGmt ? new Date(gmtIso(post.dateGmt)).toISOString() : null;
  const returnedBy = state === 'returned' ? ([...notes].reverse().find((note) => note.parentId === null)?.author.name ?? null) : null;
  setWorkflowState(
    deps.db,
    articleId,
    siteId,
    { state, changedAt: new Date(gmtIso(post.modifiedGmt)).toISOString(), changedBy: returnedBy, scheduledGmt },
    { syncedAt: now },
  );
  setStatus(deps, articleId, articleStatusOf[state]);
  // A step the site took meanwhile names the revision the post was made from (never twice: only on a change of state).
  const name = namedStates[state];
  if (name && previous?.state !== state) nameWorkflowStep(deps, siteId, articleId, name, returnedBy ?? '');
}

/**
 * The post as the site has it now, recorded as synced: a change that is only note anchors or a
 * status is no one's edit; an editor's edit is taken into the article unless the writer has
 * changed it since it was sent. Returns the site's markup, for the notes' blocks.
 */
function takeInSiteChanges(deps: ReviewDeps, siteId: string, articleId: string, post: Found, received: ReceivedPhotos): string {
  const content = post.contentRaw ?? '';
  const remote = getRemotePost(deps.db, siteId, articleId);
  if (!remote?.synced || remote.postId === null || remote.revision === null) return content;
  // modified_gmt is kept to the second: the texts and the status tell a change within it.
  const unchanged =
    remote.synced.title === post.title &&
    remote.synced.excerpt === post.excerpt &&
    remote.synced.content === content &&
    remote.synced.status === post.status;
  if (remote.modifiedGmt === post.modifiedGmt && unchanged) return content;
  const snapshot = {
    ...remote.synced,
    title: post.title,
    excerpt: post.excerpt,
    content,
    status: post.status,
    ...(post.dateGmt ? { date_gmt: post.dateGmt } : {}),
  };
  const edited =
    withoutNoteAnchors(remote.synced.content) !== withoutNoteAnchors(content) ||
    remote.synced.title !== post.title ||
    remote.synced.excerpt !== post.excerpt;
  let revision = remote.revision;
  if (edited) {
    const article = getArticle(deps.db, articleId);
    // The writer's own changes since the last send stay; the next publish shows both sides.
    if (article.revision !== remote.revision) return content;
    const fromSite = tieDraft(
      deps,
      draftFromPost({ title: post.title, excerpt: post.excerpt, content }, { mainPhoto: mainPhotoIn(deps, received) }),
      received,
    );
    const draft = {
      ...article,
      headline: remote.synced.title !== post.title ? fromSite.headline : article.headline,
      lead: remote.synced.excerpt !== post.excerpt ? fromSite.lead : article.lead,
      body: withoutNoteAnchors(remote.synced.content) !== withoutNoteAnchors(content) ? fromSite.body : article.body,
    };
    const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body } = draft;
    revision = saveFromSite(deps, articleId, article.revision, {
      kind,
      kicker,
      headline,
      lead,
      bylines,
      label,
      disclaimer,
      sponsor,
      mainPhotoId,
      body,
    });
  }
  linkSyncedPost(
    deps.db,
    siteId,
    articleId,
    { postId: remote.postId, link: post.link, status: post.status, modifiedGmt: post.modifiedGmt, snapshot, revision },
    deps.now(),
  );
  return content;
}

/** Notes from the site, each on its block: by its anchor in the markup (WordPress's Notes) or the hint kept with it (companion). */
function applyNotes(deps: ReviewDeps, siteId: string, articleId: string, notes: readonly EditorialNote[], content: string | null): void {
  const anchors = content === null ? [] : readNoteAnchors(content);
  const header = content === null ? 0 : headerBlockCount(content);
  const article = getArticle(deps.db, articleId);
  for (const note of notes) {
    const anchor = anchors.find((candidate) => candidate.noteId === note.id);
    const hinted = /^body:(\d+)$/.exec(note.blockHint ?? '')?.[1];
    const blockIndex = anchor ? (anchor.path[0] ?? 0) - header : hinted !== undefined ? Number(hinted) : null;
    const index = blockIndex !== null && blockIndex >= 0 ? blockIndex : null;
    const blockText = index === null ? '' : blockTextAt(article.body, index);
    const known = findNoteByRemoteId(deps.db, siteId, note.id);
    const fields = { text: note.text, state: note.state, blockIndex: index, blockText, authorName: note.author.name };
    if (known) {
      updateNoteFromSite(deps.db, known.id, fields);
      continue;
    }
    // A resolution is an answer WordPress records with no words of its own: the thread's state says it.
    if (note.parentId !== null && note.text.trim() === '') continue;
    const thread = note.parentId === null ? null : findNoteByRemoteId(deps.db, siteId, note.parentId);
    if (note.parentId !== null && !thread) continue;
    insertNote(deps.db, {
      id: randomUUID(),
      articleId,
      siteId,
      remoteId: note.id,
      threadId: thread?.id ?? null,
      ...fields,
      outbox: 'sent',
      writtenAt: new Date(gmtIso(note.dateGmt)).toISOString(),
    });
  }
}
