/**
 * What the user did in review that must reach the site, carried out when it can be: notes and
 * answers written (offline too), threads resolved or reopened, a submission withdrawn, a post
 * returned to its writer. Each waits in SQLite (article_notes.outbox, workflow_states.pending_step)
 * until the site has it, so a crash or a dropped connection loses nothing and sends nothing twice:
 * a note whose answer never came is looked for before it is written again (NotesOnSite.create
 * finds it), and a review step whose post already stands where it leads is done (review.ts).
 * A site that asks to wait (WordPress's flood limit on notes, a 429) or cannot be reached makes
 * the item wait, never an error to the user.
 */
import { toErrorValue, type SpaltErrorValue } from '../../../shared/errors';
import { getRemotePost } from '../../db/remote-posts';
import {
  delayNote,
  delayPendingStep,
  dropPendingStep,
  dueNotes,
  dueSteps,
  getNote,
  markNoteSent,
  setNoteOutbox,
  setWorkflowState,
  type StoredNote,
  type StoredWorkflowStatus,
} from '../../db/workflow';
import { inTransaction } from '../../db/transaction';
import { linkSyncedPost } from '../../db/workflow';
import { emitReviewChanged } from '../../events';
import { lastKnownAccount } from '../outbox/options';
import { snapshotOf } from '../outbox/post';
import { readYourName } from '../../db/settings';
import { getSite } from '../../db/sites';
import { WordPressError } from '../wordpress/errors';
import { anchorNote, readNoteAnchors } from '../wordpress/note-anchors';
import { returnToWriter, withdrawSubmission } from '../wordpress/review';
import type { Post } from '../wordpress/schemas';
import { setStatus } from './article-write';
import { siteSession, type ReviewDeps, type SiteSession } from './context';
import { nameWorkflowStep } from './names';
import { headerBlockCount } from './post-draft';

/** How long an item waits after a failure the site may get over (unless the site says). */
const retryMs = 30_000;

/** Sends what is due; `force` sends everything waiting, due or not (the site is back). Returns how many items still wait. */
export async function flushWorkflow(deps: ReviewDeps, options: { force?: boolean; articleId?: string } = {}): Promise<void> {
  const now = options.force ? null : deps.now();
  const notes = dueNotes(deps.db, now, options.articleId);
  const steps = dueSteps(deps.db, now).filter((step) => options.articleId === undefined || step.articleId === options.articleId);
  const sessions = new Map<string, Promise<SiteSession>>();
  const session = (siteId: string) => {
    let found = sessions.get(siteId);
    if (!found) sessions.set(siteId, (found = siteSession(deps, siteId)));
    return found;
  };
  const stalled = new Set<string>();
  for (const note of notes) {
    if (stalled.has(note.siteId)) continue;
    const ok = await sendNote(deps, note, session).catch((error: unknown) =>
      waitAfter(deps, error, (value, at) => delayNote(deps.db, note.id, value, at)),
    );
    if (!ok) stalled.add(note.siteId);
    emitReviewChanged(deps.events, note.siteId, note.articleId);
  }
  // A step follows its article's notes: a post is returned only once the notes that say why are there.
  for (const step of steps) {
    if (stalled.has(step.siteId) || dueNotes(deps.db, null, step.articleId).length > 0) continue;
    const ok = await sendStep(deps, step, session).catch((error: unknown) =>
      // A step the site refuses for good (the post moved on meanwhile) is dropped, its reason kept for the user.
      waitAfter(deps, error, (value, at, final) =>
        final
          ? dropPendingStep(deps.db, step.articleId, step.siteId, value)
          : delayPendingStep(deps.db, step.articleId, step.siteId, value, at),
      ),
    );
    if (!ok) stalled.add(step.siteId);
    emitReviewChanged(deps.events, step.siteId, step.articleId);
  }
}

/** How long an item the site refused waits before it is tried again (the site, or the user's rights, may change). */
const refusedRetryMs = 3 * 60_000;

/** Records why an item waits and when it is tried again; false, so the site's other items wait too. */
function waitAfter(deps: ReviewDeps, error: unknown, delay: (value: SpaltErrorValue, at: string, final: boolean) => void): false {
  const value = toErrorValue(error);
  if (value.code === 'internal') console.error('[spalt] a review step failed:', error);
  const retryable = error instanceof WordPressError && error.disposition !== 'final';
  const waitMs = retryable ? (error.retryAfterMs ?? retryMs) : refusedRetryMs;
  delay(value, new Date(Date.parse(deps.now()) + waitMs).toISOString(), !retryable);
  return false;
}

async function sendNote(deps: ReviewDeps, note: StoredNote, session: (siteId: string) => Promise<SiteSession>): Promise<boolean> {
  const remote = getRemotePost(deps.db, note.siteId, note.articleId);
  if (remote?.postId == null) return true;
  const postId = remote.postId;
  const { notes, client } = await session(note.siteId);
  if (note.outbox === 'pending') {
    const thread = note.threadId === null ? null : getNote(deps.db, note.threadId);
    if (note.threadId !== null && thread?.remoteId == null) return true;
    const blockHint = note.blockIndex === null ? null : `body:${note.blockIndex}`;
    const sent = await notes.create({ postId, text: note.text, parentId: thread?.remoteId ?? null, blockHint });
    markNoteSent(deps.db, note.id, sent.id);
    if (note.state === 'resolved' && note.threadId === null) await notes.resolve(postId, sent.id);
    if (notes.kind === 'native' && note.blockIndex !== null && note.threadId === null)
      await anchorOnSite(deps, client, note, postId, sent.id);
    return true;
  }
  if (note.remoteId === null) return true;
  if (note.outbox === 'resolve') await notes.resolve(postId, note.remoteId);
  else await notes.reopen(postId, note.remoteId);
  markNoteSent(deps.db, note.id, note.remoteId);
  return true;
}

/**
 * WordPress's own Notes sit on a block through `metadata.noteId` in the post's markup, so the
 * note shows on that block in WordPress's editor too. Spalt's own change of the post is
 * recorded as synced, so it never counts as someone else's.
 */
async function anchorOnSite(
  deps: ReviewDeps,
  client: SiteSession['client'],
  note: StoredNote,
  postId: number,
  noteId: number,
): Promise<void> {
  const post = await client.getPost(postId);
  const content = post.content.raw ?? '';
  if (readNoteAnchors(content).some((anchor) => anchor.noteId === noteId)) return;
  const path = [headerBlockCount(content) + (note.blockIndex ?? 0)];
  let anchored: string;
  try {
    anchored = anchorNote(content, path, noteId);
  } catch {
    return; // The block is no longer there: the note keeps its place in Spalt.
  }
  const updated = await client.updatePost(postId, { content: anchored });
  recordOwnChange(deps, note.siteId, note.articleId, updated);
}

function recordOwnChange(deps: ReviewDeps, siteId: string, articleId: string, post: Post): void {
  const remote = getRemotePost(deps.db, siteId, articleId);
  if (remote?.revision == null) return;
  linkSyncedPost(
    deps.db,
    siteId,
    articleId,
    {
      postId: post.id,
      link: post.link,
      status: post.status,
      modifiedGmt: post.modified_gmt,
      snapshot: snapshotOf(post),
      revision: remote.revision,
    },
    deps.now(),
  );
}

async function sendStep(deps: ReviewDeps, step: StoredWorkflowStatus, session: (siteId: string) => Promise<SiteSession>): Promise<boolean> {
  const remote = getRemotePost(deps.db, step.siteId, step.articleId);
  if (remote?.postId == null) return true;
  const { client } = await session(step.siteId);
  const post =
    step.pendingStep === 'withdraw' ? await withdrawSubmission(client, remote.postId) : await returnToWriter(client, remote.postId);
  const state = step.pendingStep === 'withdraw' ? 'draft' : 'returned';
  inTransaction(deps.db, () => {
    recordOwnChange(deps, step.siteId, step.articleId, post);
    setWorkflowState(
      deps.db,
      step.articleId,
      step.siteId,
      { state, changedAt: deps.now(), changedBy: userName(deps, step.siteId), scheduledGmt: null },
      { clearPending: true, syncedAt: deps.now() },
    );
    setStatus(deps, step.articleId, state === 'draft' ? 'draft' : 'returned');
    // "Ditt namn" when set, else the name the site knows the user by.
    const by = readYourName(deps.db) ?? userName(deps, step.siteId) ?? '';
    nameWorkflowStep(deps, step.siteId, step.articleId, state === 'draft' ? 'withdrawn' : 'returned', by);
  });
  return true;
}

/** The user's name on the site, as last read. */
export function userName(deps: ReviewDeps, siteId: string): string | null {
  return lastKnownAccount(deps.db, getSite(deps.db, siteId))?.user.name ?? null;
}

/** A note taken back to the outbox with a new state (resolve/reopen), due now. */
export function queueResolution(deps: ReviewDeps, note: StoredNote, resolved: boolean): void {
  const outbox = note.remoteId === null ? 'pending' : resolved ? 'resolve' : 'reopen';
  setNoteOutbox(deps.db, note.id, { state: resolved ? 'resolved' : 'open', outbox, now: deps.now() });
}
