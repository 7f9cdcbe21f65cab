/**
 * review.*: the editors' workflow, local side (main/publish/review/): review states, the review
 * queue, opening a queued post, withdrawing and returning, notes, and sync with the site.
 * Steps and notes are written locally first and reach the site through the review worker, so
 * they wait offline and survive a crash.
 */
import { randomUUID } from 'node:crypto';
import { SpaltError } from '../../shared/errors';
import type { NoteThreadView, WorkflowStatus } from '../../shared/publish/review';
import { getArticle } from '../db/articles';
import { getRemotePost } from '../db/remote-posts';
import { inTransaction } from '../db/transaction';
import * as workflow from '../db/workflow';
import { emitReviewChanged } from '../events';
import { blockTextAt } from '../publish/review/blocks';
import type { ReviewDeps } from '../publish/review/context';
import { openQueueItem } from '../publish/review/open';
import { cachedQueues, refreshQueue } from '../publish/review/queue';
import { queueResolution, userName } from '../publish/review/steps';
import type { ReviewWorker } from '../publish/review/worker';
import type { NamespaceHandlers } from './context';

function publicStatus({ nextAttemptAt: _next, ...status }: workflow.StoredWorkflowStatus): WorkflowStatus {
  return status;
}

function publicNote({ remoteId: _r, outboxError: _e, nextAttemptAt: _n, ...note }: workflow.StoredNote) {
  return note;
}

function threads(notes: readonly workflow.StoredNote[]): NoteThreadView[] {
  const firsts = notes.filter((note) => note.threadId === null);
  return firsts.map((note) => ({ note: publicNote(note), answers: notes.filter((answer) => answer.threadId === note.id).map(publicNote) }));
}

export function reviewHandlers(deps: ReviewDeps, worker: ReviewWorker): NamespaceHandlers<'review'> {
  const { db, events, now } = deps;
  /** The article's post on the site; a step needs one. */
  const postOf = (articleId: string, siteId: string) => {
    const remote = getRemotePost(db, siteId, articleId);
    if (remote?.postId == null) throw new SpaltError('review_not_on_site', { id: articleId });
    return remote.postId;
  };
  const status = (articleId: string, siteId: string) => {
    const found = workflow.getWorkflowState(db, articleId, siteId);
    if (!found) throw new SpaltError('review_not_on_site', { id: articleId });
    return publicStatus(found);
  };
  /** A step the user took: recorded at once, sent by the worker (now, or once the site is back). */
  const takeStep = async (articleId: string, siteId: string, step: 'withdraw' | 'return') => {
    postOf(articleId, siteId);
    inTransaction(db, () => {
      const current = workflow.getWorkflowState(db, articleId, siteId);
      if (!current)
        workflow.setWorkflowState(db, articleId, siteId, { state: 'submitted', changedAt: now(), changedBy: null, scheduledGmt: null });
      workflow.setPendingStep(db, articleId, siteId, step, now());
    });
    emitReviewChanged(events, siteId, articleId);
    await worker.run({ force: true });
    return status(articleId, siteId);
  };
  const addNote = (articleId: string, siteId: string, blockIndex: number | null, text: string, threadId: string | null) => {
    postOf(articleId, siteId);
    const article = getArticle(db, articleId);
    const id = randomUUID();
    const thread = threadId === null ? null : workflow.getNote(db, threadId);
    workflow.insertNote(db, {
      id,
      articleId,
      siteId,
      remoteId: null,
      threadId,
      blockIndex: thread ? thread.blockIndex : blockIndex,
      blockText: thread ? thread.blockText : blockIndex === null ? '' : blockTextAt(article.body, blockIndex),
      authorName: userName(deps, siteId) ?? '',
      text,
      state: 'open',
      outbox: 'pending',
      writtenAt: now(),
    });
    emitReviewChanged(events, siteId, articleId);
    return id;
  };
  const noteNow = (id: string) => {
    const note = workflow.getNote(db, id);
    if (!note) throw new SpaltError('not_found', { id });
    return publicNote(note);
  };

  return {
    'review.states': async ({ articleId }) => workflow.listWorkflowStates(db, articleId).map(publicStatus),
    'review.withdraw': async ({ articleId, siteId }) => takeStep(articleId, siteId, 'withdraw'),
    'review.queue': async () => cachedQueues(deps),
    'review.refresh': async ({ siteId }) => refreshQueue(deps, siteId),
    'review.open': async ({ siteId, postId }) => openQueueItem(deps, siteId, postId),
    'review.return': async ({ articleId, siteId, notes }) => {
      postOf(articleId, siteId);
      inTransaction(db, () => {
        for (const note of notes) addNote(articleId, siteId, note.blockIndex, note.text, null);
      });
      return takeStep(articleId, siteId, 'return');
    },
    'review.notes': async ({ articleId }) => threads(workflow.listNotes(db, articleId)),
    'review.addNote': async ({ articleId, siteId, blockIndex, text }) => {
      const id = addNote(articleId, siteId, blockIndex, text, null);
      await worker.run();
      return noteNow(id);
    },
    'review.answerNote': async ({ noteId, text }) => {
      const thread = workflow.getNote(db, noteId);
      if (!thread) throw new SpaltError('not_found', { id: noteId });
      const root = thread.threadId === null ? thread : workflow.getNote(db, thread.threadId);
      const id = addNote(thread.articleId, thread.siteId, null, text, root?.id ?? thread.id);
      await worker.run();
      return noteNow(id);
    },
    'review.resolveNote': async ({ noteId, resolved }) => {
      const note = workflow.getNote(db, noteId);
      if (!note || note.threadId !== null) throw new SpaltError('not_found', { id: noteId });
      queueResolution(deps, note, resolved);
      emitReviewChanged(events, note.siteId, note.articleId);
      await worker.run();
      return noteNow(noteId);
    },
    'review.sync': async () => {
      workflow.hurryWorkflow(db, now());
      return worker.run({ sync: true, force: true });
    },
  };
}
