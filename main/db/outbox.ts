/**
 * The outbox's jobs (publish_jobs, migration 0080): plain functions over SQLite. Every change
 * of a job is one statement, so a crash leaves each job at a step it really reached.
 */
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../shared/article/article';
import { SpaltError, type SpaltErrorValue } from '../../shared/errors';
import type { JobState, JobStep, PublishAction, PublishConflict, PublishResult } from '../../shared/publish/publish';
import { fromJsonColumn, toJsonColumn } from './json-columns';

export interface JobOptions {
  categories: number[];
  newCategories: string[];
  tags: string[];
  /** As the user gave it, already made into a slug; null for "from the headline". */
  slug: string | null;
  /** The site user to publish under; null keeps the post's author (jobs queued before Spalt chose authors have none). */
  author: number | null;
}

function parseOptions(text: string): JobOptions {
  const options = JSON.parse(text) as Omit<JobOptions, 'author'> & { author?: number | null };
  return { ...options, author: options.author ?? null };
}

/** Category and tag ids as the terms step resolved them. */
export interface ResolvedTerms {
  categories: number[];
  tags: number[];
}

export interface JobRecord {
  id: string;
  /** Unique to the job: the marker slug of a post it creates (markers.ts postMarker). */
  token: string;
  articleId: string;
  siteId: string;
  action: PublishAction;
  scheduledLocal: string | null;
  scheduledGmt: string | null;
  options: JobOptions;
  revision: number;
  /** The draft as it passed the checklist: what goes out. */
  draft: ArticleDraft;
  state: JobState;
  step: JobStep;
  attempts: number;
  nextAttemptAt: string;
  inFlight: boolean;
  cancelRequested: boolean;
  progress: { photosDone: number; photosTotal: number } | null;
  terms: ResolvedTerms | null;
  /** After "overwrite": the site's modified_gmt the user saw and chose to overwrite. */
  acceptModifiedGmt: string | null;
  error: SpaltErrorValue | null;
  conflict: PublishConflict | null;
  result: PublishResult | null;
  createdAt: string;
  updatedAt: string;
}

export type JobChanges = Partial<
  Pick<
    JobRecord,
    | 'state'
    | 'step'
    | 'attempts'
    | 'nextAttemptAt'
    | 'inFlight'
    | 'cancelRequested'
    | 'progress'
    | 'terms'
    | 'acceptModifiedGmt'
    | 'error'
    | 'conflict'
    | 'result'
    /** A merge with the site replaces what goes out, and the revision it is. */
    | 'draft'
    | 'revision'
  >
>;

interface JobRow {
  id: string;
  token: string;
  article_id: string;
  site_id: string;
  action: PublishAction;
  scheduled_local: string | null;
  scheduled_gmt: string | null;
  options: string;
  revision: number;
  draft: string;
  state: JobState;
  step: JobStep;
  attempts: number;
  next_attempt_at: string;
  in_flight: number;
  cancel_requested: number;
  progress: string | null;
  terms: string | null;
  accept_modified_gmt: string | null;
  error: string | null;
  conflict: string | null;
  result: string | null;
  created_at: string;
  updated_at: string;
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    token: row.token,
    articleId: row.article_id,
    siteId: row.site_id,
    action: row.action,
    scheduledLocal: row.scheduled_local,
    scheduledGmt: row.scheduled_gmt,
    options: parseOptions(row.options),
    revision: row.revision,
    draft: JSON.parse(row.draft) as ArticleDraft,
    state: row.state,
    step: row.step,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    inFlight: row.in_flight === 1,
    cancelRequested: row.cancel_requested === 1,
    progress: fromJsonColumn(row.progress),
    terms: fromJsonColumn(row.terms),
    acceptModifiedGmt: row.accept_modified_gmt,
    error: fromJsonColumn(row.error),
    conflict: fromJsonColumn(row.conflict),
    result: fromJsonColumn(row.result),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type NewJob = Omit<
  JobRecord,
  | 'state'
  | 'step'
  | 'attempts'
  | 'nextAttemptAt'
  | 'inFlight'
  | 'cancelRequested'
  | 'progress'
  | 'terms'
  | 'acceptModifiedGmt'
  | 'error'
  | 'conflict'
  | 'result'
  | 'updatedAt'
>;

export function insertJob(db: Database, job: NewJob): JobRecord {
  db.prepare(
    `INSERT INTO publish_jobs (id, token, article_id, site_id, action, scheduled_local, scheduled_gmt, options, revision, draft,
       state, step, next_attempt_at, created_at, updated_at)
     VALUES (@id, @token, @articleId, @siteId, @action, @scheduledLocal, @scheduledGmt, @options, @revision, @draft,
       'queued', 'check', @createdAt, @createdAt, @createdAt)`,
  ).run({ ...job, options: JSON.stringify(job.options), draft: JSON.stringify(job.draft) });
  return getJob(db, job.id);
}

export function findJob(db: Database, id: string): JobRecord | null {
  const row = db.prepare('SELECT * FROM publish_jobs WHERE id = @id').get({ id }) as JobRow | undefined;
  return row ? toRecord(row) : null;
}

export function getJob(db: Database, id: string): JobRecord {
  const job = findJob(db, id);
  if (!job) throw new SpaltError('publish_job_not_found', { id });
  return job;
}

const columns: Record<keyof JobChanges, [column: string, encode: (value: never) => unknown]> = {
  state: ['state', (v: JobState) => v],
  step: ['step', (v: JobStep) => v],
  attempts: ['attempts', (v: number) => v],
  nextAttemptAt: ['next_attempt_at', (v: string) => v],
  inFlight: ['in_flight', (v: boolean) => (v ? 1 : 0)],
  cancelRequested: ['cancel_requested', (v: boolean) => (v ? 1 : 0)],
  progress: ['progress', toJsonColumn],
  terms: ['terms', toJsonColumn],
  acceptModifiedGmt: ['accept_modified_gmt', (v: string | null) => v],
  error: ['error', toJsonColumn],
  conflict: ['conflict', toJsonColumn],
  result: ['result', toJsonColumn],
  draft: ['draft', (v: ArticleDraft) => JSON.stringify(v)],
  revision: ['revision', (v: number) => v],
};

/** Writes the changes in one statement. Returns false when the job is gone (its site or article was deleted). */
export function updateJob(db: Database, id: string, changes: JobChanges, now: string): boolean {
  const sets: string[] = ['updated_at = @now'];
  const values: Record<string, unknown> = { id, now };
  for (const [key, value] of Object.entries(changes) as Array<[keyof JobChanges, never]>) {
    if (value === undefined) continue;
    const [column, encode] = columns[key];
    sets.push(`${column} = @${key}`);
    values[key] = encode(value);
  }
  return db.prepare(`UPDATE publish_jobs SET ${sets.join(', ')} WHERE id = @id`).run(values).changes > 0;
}

/** Whether the user asked to cancel the job; null when the job is gone. */
export function cancelRequested(db: Database, id: string): boolean | null {
  const row = db.prepare('SELECT cancel_requested FROM publish_jobs WHERE id = @id').get({ id }) as
    { cancel_requested: number } | undefined;
  return row ? row.cancel_requested === 1 : null;
}

export interface ListJobs {
  articleId?: string;
  siteId?: string;
  /** The oldest job of the page before: only jobs older than it. */
  before?: { createdAt: string; id: string };
  limit: number;
}

/**
 * Newest first, a page at a time: keyset on (created_at, seq), seq ordering the jobs created in
 * the same millisecond (a test clock or a quick loop makes them). The cursor names its job by
 * id and time; if that job is gone (its article was deleted), the jobs of its millisecond are
 * all given again rather than skipped, and the queue view drops the doubles by id.
 */
export function listJobs(db: Database, { articleId, siteId, before, limit }: ListJobs): JobRecord[] {
  const seqOf = db.prepare('SELECT seq FROM publish_jobs WHERE id = @id').pluck();
  const beforeSeq = before ? ((seqOf.get({ id: before.id }) as number | undefined) ?? Number.MAX_SAFE_INTEGER) : null;
  const rows = db
    .prepare(
      `SELECT * FROM publish_jobs
       WHERE (@articleId IS NULL OR article_id = @articleId) AND (@siteId IS NULL OR site_id = @siteId)
         ${before ? 'AND (created_at, seq) < (@beforeAt, @beforeSeq)' : ''}
       ORDER BY created_at DESC, seq DESC LIMIT @limit`,
    )
    .all({
      articleId: articleId ?? null,
      siteId: siteId ?? null,
      limit,
      ...(before ? { beforeAt: before.createdAt, beforeSeq } : {}),
    }) as JobRow[];
  return rows.map(toRecord);
}

/** The job of this article for this site that has not ended, if any (the newest). */
export function activeJob(db: Database, articleId: string, siteId: string): JobRecord | null {
  const row = db
    .prepare(
      `SELECT * FROM publish_jobs WHERE article_id = @articleId AND site_id = @siteId AND state IN ('queued', 'running', 'waiting', 'conflict')
       ORDER BY seq DESC LIMIT 1`,
    )
    .get({ articleId, siteId }) as JobRow | undefined;
  return row ? toRecord(row) : null;
}

/**
 * Takes the next job that is due, oldest first, and marks it running. One statement, so two
 * workers on one file could never take the same job.
 */
export function claimDueJob(db: Database, now: string): JobRecord | null {
  const row = db
    .prepare(
      `UPDATE publish_jobs SET state = 'running', updated_at = @now
       WHERE seq = (SELECT seq FROM publish_jobs WHERE state IN ('queued', 'waiting') AND next_attempt_at <= @now
                    ORDER BY next_attempt_at, seq LIMIT 1)
       RETURNING *`,
    )
    .get({ now }) as JobRow | undefined;
  return row ? toRecord(row) : null;
}

/** When the next queued or waiting job is due, or null when none is. */
export function nextDueAt(db: Database): string | null {
  const row = db.prepare(`SELECT min(next_attempt_at) AS at FROM publish_jobs WHERE state IN ('queued', 'waiting')`).get() as {
    at: string | null;
  };
  return row.at;
}

/** After a crash or a quit: jobs that were running go back in the queue at the step they reached. */
export function requeueInterrupted(db: Database, now: string): string[] {
  const rows = db
    .prepare(
      `UPDATE publish_jobs SET state = 'queued', in_flight = 0, next_attempt_at = @now, updated_at = @now
       WHERE state = 'running' RETURNING id`,
    )
    .all({ now }) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/**
 * A new publish of an article replaces its older jobs for the same site that have not started
 * a request (queued, waiting, failed, conflict): the newest draft is what should go out.
 */
export function supersedeJobs(db: Database, articleId: string, siteId: string, now: string): JobRecord[] {
  const rows = db
    .prepare(
      `UPDATE publish_jobs SET state = 'cancelled', updated_at = @now
       WHERE article_id = @articleId AND site_id = @siteId AND state IN ('queued', 'waiting', 'failed', 'conflict')
       RETURNING *`,
    )
    .all({ articleId, siteId, now }) as JobRow[];
  return rows.map(toRecord);
}

/** Waiting jobs for a site go now (its address or password was just changed, or it answered a test). */
export function hurryWaitingJobs(db: Database, siteId: string, now: string): number {
  return db
    .prepare(`UPDATE publish_jobs SET next_attempt_at = @now, updated_at = @now WHERE site_id = @siteId AND state = 'waiting'`)
    .run({ siteId, now }).changes;
}

/** Error codes of a job that got no answer at all from its site: worth trying again once the computer is back online. */
const offlineCodes = ['wp_unreachable', 'wp_timeout', 'wp_host_not_found'];

/**
 * The computer is back online: jobs waiting because no answer came from the site go now.
 * Jobs the site itself asked to wait (429, 503 with Retry-After) keep their time. Returns how many.
 */
export function hurryOfflineJobs(db: Database, now: string): number {
  return db
    .prepare(
      `UPDATE publish_jobs SET next_attempt_at = @now, updated_at = @now
       WHERE state = 'waiting' AND next_attempt_at > @now AND json_extract(error, '$.code') IN (SELECT value FROM json_each(@codes))`,
    )
    .run({ now, codes: JSON.stringify(offlineCodes) }).changes;
}
