/**
 * The editors' workflow, local side (workflow_states, review_queue_cache, article_notes): where
 * each article stands in review on each site, a step waiting to reach the site, the review
 * queue as last read, and the notes with their own outbox state.
 */
import type { Database } from 'better-sqlite3';
import type { SpaltErrorValue } from '../../shared/errors';
import type { ArticleNote, PendingStep, ReviewQueueEntry, WorkflowState, WorkflowStatus } from '../../shared/publish/review';
import { fromJsonColumn, toJsonColumn } from './json-columns';

interface StateRow {
  article_id: string;
  site_id: string;
  site_name: string;
  state: WorkflowState;
  changed_at: string;
  changed_by: string | null;
  scheduled_gmt: string | null;
  pending_step: PendingStep | null;
  pending_error: string | null;
  next_attempt_at: string | null;
  synced_at: string | null;
}

export interface StoredWorkflowStatus extends WorkflowStatus {
  nextAttemptAt: string | null;
}

function toStatus(row: StateRow): StoredWorkflowStatus {
  return {
    articleId: row.article_id,
    siteId: row.site_id,
    siteName: row.site_name,
    state: row.state,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    scheduledGmt: row.scheduled_gmt,
    pendingStep: row.pending_step,
    pendingError: fromJsonColumn<SpaltErrorValue>(row.pending_error),
    nextAttemptAt: row.next_attempt_at,
    syncedAt: row.synced_at,
  };
}

const selectStates = `SELECT w.*, s.name AS site_name FROM workflow_states w JOIN sites s ON s.id = w.site_id`;

export function listWorkflowStates(db: Database, articleId?: string): StoredWorkflowStatus[] {
  const rows =
    articleId === undefined
      ? db.prepare(`${selectStates} ORDER BY w.changed_at DESC`).all()
      : db.prepare(`${selectStates} WHERE w.article_id = @articleId ORDER BY w.changed_at DESC`).all({ articleId });
  return (rows as StateRow[]).map(toStatus);
}

export function getWorkflowState(db: Database, articleId: string, siteId: string): StoredWorkflowStatus | null {
  const row = db.prepare(`${selectStates} WHERE w.article_id = @articleId AND w.site_id = @siteId`).get({ articleId, siteId }) as
    StateRow | undefined;
  return row ? toStatus(row) : null;
}

export interface StateChange {
  state: WorkflowState;
  changedAt: string;
  changedBy: string | null;
  scheduledGmt: string | null;
}

/** The article's state on the site; a step still waiting is kept unless `clearPending`. */
export function setWorkflowState(
  db: Database,
  articleId: string,
  siteId: string,
  change: StateChange,
  options: { syncedAt?: string; clearPending?: boolean } = {},
): void {
  db.prepare(
    `INSERT INTO workflow_states (article_id, site_id, state, changed_at, changed_by, scheduled_gmt, synced_at)
     VALUES (@articleId, @siteId, @state, @changedAt, @changedBy, @scheduledGmt, @syncedAt)
     ON CONFLICT (article_id, site_id) DO UPDATE SET
       changed_at = CASE WHEN state = excluded.state AND scheduled_gmt IS excluded.scheduled_gmt THEN changed_at ELSE excluded.changed_at END,
       changed_by = CASE WHEN state = excluded.state THEN coalesce(changed_by, excluded.changed_by) ELSE excluded.changed_by END,
       state = excluded.state, scheduled_gmt = excluded.scheduled_gmt,
       synced_at = coalesce(excluded.synced_at, synced_at),
       pending_step = CASE WHEN @clearPending THEN NULL ELSE pending_step END,
       pending_error = CASE WHEN @clearPending OR pending_step IS NULL THEN NULL ELSE pending_error END,
       next_attempt_at = CASE WHEN @clearPending THEN NULL ELSE next_attempt_at END`,
  ).run({ articleId, siteId, ...change, syncedAt: options.syncedAt ?? null, clearPending: options.clearPending ? 1 : 0 });
}

/** A step taken offline or not yet carried out: it goes at the next flush. */
export function setPendingStep(db: Database, articleId: string, siteId: string, step: PendingStep, now: string): void {
  db.prepare(
    `UPDATE workflow_states SET pending_step = @step, pending_error = NULL, next_attempt_at = @now
     WHERE article_id = @articleId AND site_id = @siteId`,
  ).run({ step, now, articleId, siteId });
}

/** The step must wait: why, and when it is tried again. */
export function delayPendingStep(
  db: Database,
  articleId: string,
  siteId: string,
  error: SpaltErrorValue,
  nextAttemptAt: string | null,
): void {
  db.prepare(
    `UPDATE workflow_states SET pending_error = @error, next_attempt_at = @nextAttemptAt WHERE article_id = @articleId AND site_id = @siteId`,
  ).run({ error: toJsonColumn(error), nextAttemptAt, articleId, siteId });
}

/** The site refused the step for good: it is no longer waiting, and the reason stays for the user to read. */
export function dropPendingStep(db: Database, articleId: string, siteId: string, error: SpaltErrorValue): void {
  db.prepare(
    `UPDATE workflow_states SET pending_step = NULL, pending_error = @error, next_attempt_at = NULL WHERE article_id = @articleId AND site_id = @siteId`,
  ).run({ error: toJsonColumn(error), articleId, siteId });
}

/** Steps due by `now`, oldest first; every waiting step when `now` is null. */
export function dueSteps(db: Database, now: string | null): StoredWorkflowStatus[] {
  const rows = db
    .prepare(
      `${selectStates} WHERE w.pending_step IS NOT NULL AND (@now IS NULL OR w.next_attempt_at IS NULL OR w.next_attempt_at <= @now) ORDER BY w.changed_at`,
    )
    .all({ now });
  return (rows as StateRow[]).map(toStatus);
}

/** Makes every waiting step and note due now (the site is reachable again). */
export function hurryWorkflow(db: Database, now: string): void {
  db.prepare('UPDATE workflow_states SET next_attempt_at = @now WHERE pending_step IS NOT NULL').run({ now });
  db.prepare(`UPDATE article_notes SET next_attempt_at = @now WHERE outbox != 'sent'`).run({ now });
}

export interface CachedQueue {
  fetchedAt: string;
  items: ReviewQueueEntry[];
}

export function getQueueCache(db: Database, siteId: string): CachedQueue | null {
  const row = db.prepare('SELECT fetched_at, items FROM review_queue_cache WHERE site_id = @siteId').get({ siteId }) as
    { fetched_at: string; items: string } | undefined;
  return row ? { fetchedAt: row.fetched_at, items: JSON.parse(row.items) as ReviewQueueEntry[] } : null;
}

export function saveQueueCache(db: Database, siteId: string, queue: CachedQueue): void {
  db.prepare(
    `INSERT INTO review_queue_cache (site_id, fetched_at, items) VALUES (@siteId, @fetchedAt, @items)
     ON CONFLICT (site_id) DO UPDATE SET fetched_at = excluded.fetched_at, items = excluded.items`,
  ).run({ siteId, fetchedAt: queue.fetchedAt, items: JSON.stringify(queue.items) });
}

interface NoteRow {
  id: string;
  article_id: string;
  site_id: string;
  remote_id: number | null;
  thread_id: string | null;
  block_index: number | null;
  block_text: string;
  author_name: string;
  text: string;
  state: 'open' | 'resolved';
  outbox: ArticleNote['outbox'];
  outbox_error: string | null;
  next_attempt_at: string | null;
  written_at: string;
}

export interface StoredNote extends ArticleNote {
  remoteId: number | null;
  outboxError: SpaltErrorValue | null;
  nextAttemptAt: string | null;
}

function toNote(row: NoteRow): StoredNote {
  return {
    id: row.id,
    articleId: row.article_id,
    siteId: row.site_id,
    remoteId: row.remote_id,
    threadId: row.thread_id,
    blockIndex: row.block_index,
    blockText: row.block_text,
    authorName: row.author_name,
    text: row.text,
    state: row.state,
    outbox: row.outbox,
    outboxError: fromJsonColumn<SpaltErrorValue>(row.outbox_error),
    nextAttemptAt: row.next_attempt_at,
    writtenAt: row.written_at,
  };
}

export function listNotes(db: Database, articleId: string): StoredNote[] {
  const rows = db
    .prepare('SELECT * FROM article_notes WHERE article_id = @articleId ORDER BY written_at, rowid')
    .all({ articleId }) as NoteRow[];
  return rows.map(toNote);
}

export function getNote(db: Database, id: string): StoredNote | null {
  const row = db.prepare('SELECT * FROM article_notes WHERE id = @id').get({ id }) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

export function findNoteByRemoteId(db: Database, siteId: string, remoteId: number): StoredNote | null {
  const row = db.prepare('SELECT * FROM article_notes WHERE site_id = @siteId AND remote_id = @remoteId').get({ siteId, remoteId }) as
    NoteRow | undefined;
  return row ? toNote(row) : null;
}

export interface NewStoredNote {
  id: string;
  articleId: string;
  siteId: string;
  remoteId: number | null;
  threadId: string | null;
  blockIndex: number | null;
  blockText: string;
  authorName: string;
  text: string;
  state: 'open' | 'resolved';
  outbox: ArticleNote['outbox'];
  writtenAt: string;
}

export function insertNote(db: Database, note: NewStoredNote): void {
  db.prepare(
    `INSERT INTO article_notes (id, article_id, site_id, remote_id, thread_id, block_index, block_text, author_name, text, state, outbox, next_attempt_at, written_at)
     VALUES (@id, @articleId, @siteId, @remoteId, @threadId, @blockIndex, @blockText, @authorName, @text, @state, @outbox,
       CASE WHEN @outbox = 'sent' THEN NULL ELSE @writtenAt END, @writtenAt)`,
  ).run(note);
}

/** What the site says of a note Spalt already has. */
export function updateNoteFromSite(
  db: Database,
  id: string,
  fields: { text: string; state: 'open' | 'resolved'; blockIndex: number | null; blockText: string; authorName: string },
): void {
  db.prepare(
    `UPDATE article_notes SET text = @text, author_name = @authorName,
       state = CASE WHEN outbox IN ('resolve', 'reopen') THEN state ELSE @state END,
       block_index = coalesce(@blockIndex, block_index), block_text = CASE WHEN @blockIndex IS NULL THEN block_text ELSE @blockText END
     WHERE id = @id`,
  ).run({ id, ...fields });
}

/** The note reached the site (as `remoteId`), or its resolution did. */
export function markNoteSent(db: Database, id: string, remoteId: number): void {
  db.prepare(
    `UPDATE article_notes SET remote_id = @remoteId, outbox = 'sent', outbox_error = NULL, next_attempt_at = NULL WHERE id = @id`,
  ).run({ id, remoteId });
}

export function setNoteOutbox(
  db: Database,
  id: string,
  fields: { state: 'open' | 'resolved'; outbox: ArticleNote['outbox']; now: string },
): void {
  db.prepare(`UPDATE article_notes SET state = @state, outbox = @outbox, outbox_error = NULL, next_attempt_at = @now WHERE id = @id`).run({
    id,
    ...fields,
  });
}

export function delayNote(db: Database, id: string, error: SpaltErrorValue, nextAttemptAt: string | null): void {
  db.prepare('UPDATE article_notes SET outbox_error = @error, next_attempt_at = @nextAttemptAt WHERE id = @id').run({
    id,
    error: toJsonColumn(error),
    nextAttemptAt,
  });
}

/** Notes waiting to reach the site and due by `now` (all when null), threads before their answers. */
export function dueNotes(db: Database, now: string | null, articleId?: string): StoredNote[] {
  const rows = db
    .prepare(
      `SELECT * FROM article_notes WHERE outbox != 'sent' AND (@articleId IS NULL OR article_id = @articleId)
         AND (@now IS NULL OR next_attempt_at IS NULL OR next_attempt_at <= @now)
       ORDER BY thread_id IS NOT NULL, written_at, rowid`,
    )
    .all({ now, articleId: articleId ?? null }) as NoteRow[];
  return rows.map(toNote);
}

export function countWaiting(db: Database): number {
  const steps = db.prepare('SELECT count(*) FROM workflow_states WHERE pending_step IS NOT NULL').pluck().get() as number;
  const notes = db.prepare(`SELECT count(*) FROM article_notes WHERE outbox != 'sent'`).pluck().get() as number;
  return steps + notes;
}

/** The articles whose review state is followed on a site: those with a post there still in the workflow. */
export function followedArticles(db: Database): Array<{ articleId: string; siteId: string; postId: number }> {
  return db
    .prepare(
      `SELECT r.article_id AS articleId, r.site_id AS siteId, r.post_id AS postId
       FROM remote_posts r JOIN articles a ON a.id = r.article_id
       LEFT JOIN workflow_states w ON w.article_id = r.article_id AND w.site_id = r.site_id
       WHERE r.post_id IS NOT NULL AND r.state IN ('created', 'synced') AND a.trashed_at IS NULL
         AND (a.status IN ('in_review', 'returned', 'scheduled') OR w.state IN ('submitted', 'returned', 'approved', 'scheduled'))`,
    )
    .all() as Array<{ articleId: string; siteId: string; postId: number }>;
}

/** The article an editor imported a post into, if any. */
export function articleForPost(db: Database, siteId: string, postId: number): string | null {
  const id = db
    .prepare(
      `SELECT r.article_id FROM remote_posts r JOIN articles a ON a.id = r.article_id
       WHERE r.site_id = @siteId AND r.post_id = @postId AND a.trashed_at IS NULL ORDER BY r.updated_at DESC LIMIT 1`,
    )
    .pluck()
    .get({ siteId, postId }) as string | undefined;
  return id ?? null;
}

/**
 * Links an article to a post it was imported from (or brought up to date with): recorded as
 * synced at `revision`, so a later publish updates that very post, and a change made on the
 * site after this is a conflict, never overwritten.
 */
export function linkSyncedPost(
  db: Database,
  siteId: string,
  articleId: string,
  post: { postId: number; link: string; status: string; modifiedGmt: string; snapshot: unknown; revision: number },
  now: string,
): void {
  db.prepare(
    `INSERT INTO remote_posts (site_id, article_id, state, marker, post_id, link, status, modified_gmt, revision, synced, synced_at, updated_at)
     VALUES (@siteId, @articleId, 'synced', @marker, @postId, @link, @status, @modifiedGmt, @revision, @synced, @now, @now)
     ON CONFLICT (site_id, article_id) DO UPDATE SET state = 'synced', post_id = excluded.post_id, link = excluded.link,
       status = excluded.status, modified_gmt = excluded.modified_gmt, revision = excluded.revision, synced = excluded.synced,
       sending = NULL, synced_at = excluded.synced_at, updated_at = excluded.updated_at`,
  ).run({
    siteId,
    articleId,
    marker: `imported-${post.postId}`,
    postId: post.postId,
    link: post.link,
    status: post.status,
    modifiedGmt: post.modifiedGmt,
    revision: post.revision,
    synced: JSON.stringify(post.snapshot),
    now,
  });
}

/** When the next waiting step or note is due, or null when none waits on a timer. */
export function nextWorkflowDue(db: Database): string | null {
  const steps = db.prepare('SELECT min(next_attempt_at) FROM workflow_states WHERE pending_step IS NOT NULL').pluck().get() as
    string | null;
  const notes = db.prepare(`SELECT min(next_attempt_at) FROM article_notes WHERE outbox != 'sent'`).pluck().get() as string | null;
  return [steps, notes].filter((at): at is string => at !== null).sort()[0] ?? null;
}
