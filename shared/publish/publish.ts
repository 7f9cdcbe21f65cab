/**
 * Publishing an article to a WordPress site through the outbox: what the publish dialog and
 * the queue view exchange with the core. A publish is a job that the core keeps in SQLite and
 * carries out step by step (check, photos, terms, post, done), retrying when the site cannot
 * be reached and never sending anything twice.
 */
import { z } from 'zod';
import { ArticleId, type ArticleDraft, type ArticleStatus } from '../article/article';
import type { ChecklistItem } from '../article/checklist';
import type { SpaltErrorValue } from '../errors';
import type { MergeConflict } from '../revisions/conflicts';
import { CorrectionNote } from './correction';
import { SiteId, type SiteCapabilities } from './site';

/**
 * draft: saved on the site as a draft; pending: submitted for review; publish: out now;
 * schedule: out at `scheduledAt`, Stockholm time.
 */
export const PublishAction = z.enum(['draft', 'pending', 'publish', 'schedule']);
export type PublishAction = z.infer<typeof PublishAction>;

export const jobStates = ['queued', 'running', 'waiting', 'conflict', 'failed', 'done', 'cancelled'] as const;
/**
 * queued: due to run; running: being carried out (`step` says where); waiting: a retry is
 * due at `nextAttemptAt` (the site could not be reached, or asked to wait); conflict: the
 * post was changed on the site since Spalt last sent it, and the user must choose; failed:
 * stopped for good with `error`; done: on the site (`result`); cancelled.
 */
export type JobState = (typeof jobStates)[number];

export const jobSteps = ['check', 'photos', 'terms', 'post', 'done'] as const;
/** check: the user's role may do what is asked; photos: uploads; terms: categories and tags; post: the post itself. */
export type JobStep = (typeof jobSteps)[number];

export const JobId = z.uuid();

/** "2027-01-15T05:00": a wall-clock time in Stockholm, as a date and time field gives it. */
export const LocalDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'YYYY-MM-DDTHH:mm');

const TermName = z.string().trim().min(1).max(200);

export const publishLimits = { categories: 50, tags: 50, slug: 200 } as const;

export const PublishOptionsInput = z.object({ articleId: ArticleId, siteId: SiteId });

export const PublishStartInput = z
  .object({
    articleId: ArticleId,
    siteId: SiteId,
    action: PublishAction,
    /** Required for 'schedule', Stockholm time; sent to WordPress as date_gmt. */
    scheduledAt: LocalDateTime.optional(),
    /** Existing categories of the site, by id. */
    categories: z.array(z.number().int().positive()).max(publishLimits.categories).default([]),
    /** Categories to create (or find, if they exist by now) by name. */
    newCategories: z.array(TermName).max(publishLimits.categories).default([]),
    /** Tags by name, existing or new. */
    tags: z.array(TermName).max(publishLimits.tags).default([]),
    /** The post's address name; made from the headline when left out. */
    slug: z.string().trim().max(publishLimits.slug).optional(),
    /** The site user the post is published under (editors only); left out: the post keeps its author, a new post gets the user. */
    author: z.number().int().positive().optional(),
    /** Marks an update of a published post as a correction: what was corrected, printed dated at the end of the article. */
    correction: CorrectionNote.optional(),
  })
  .refine((input) => (input.action === 'schedule') === (input.scheduledAt !== undefined), {
    message: 'scheduledAt is required for schedule, and only for schedule',
    path: ['scheduledAt'],
  });
export type PublishStartInput = z.infer<typeof PublishStartInput>;

/** Where the previous page of the queue ended: its oldest job. The next page starts after it. */
export const JobCursor = z.object({ createdAt: z.iso.datetime(), id: JobId });
export type JobCursor = z.infer<typeof JobCursor>;

export const PublishJobsInput = z.object({
  articleId: ArticleId.optional(),
  siteId: SiteId.optional(),
  /** Only jobs older than this one (the queue's next page); the newest when left out. */
  before: JobCursor.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const PublishCancelInput = z.object({ jobId: JobId });
export const PublishRetryInput = z.object({ jobId: JobId });
/** A merge's choices: per conflict id, keep mine, the site's, or both. */
export const MergeChoicesInput = z.record(z.string().regex(/^c\d{1,5}$/), z.enum(['local', 'remote', 'both']));

/**
 * overwrite: send this version over the site's (a post without a common ancestor); merge: apply
 * the person's choice per clash of a merge and publish the result; cancel: stop the job.
 */
export const PublishResolveInput = z
  .object({ jobId: JobId, choice: z.enum(['overwrite', 'merge', 'cancel']), choices: MergeChoicesInput.optional() })
  .refine((input) => input.choice === 'merge' || input.choices === undefined, { message: 'choices go with merge only', path: ['choices'] });

export interface SiteTerm {
  id: number;
  /** As WordPress gives it (HTML entities decoded). */
  name: string;
  /** Categories only: the parent category's id, 0 for none. */
  parent: number;
}

/** A user of the site who can be a post's author (WordPress's users?who=authors). */
export interface SiteAuthor {
  id: number;
  /** The display name, as the site prints it under a post. */
  name: string;
  slug: string;
}

/** The post an article has on a site. */
export interface RemotePostInfo {
  /** Null while Spalt is still finding out whether a create arrived. */
  id: number | null;
  link: string | null;
  /** WordPress's status at the last sync: draft, pending, future, publish, private. */
  status: string | null;
  /** The post's modified_gmt at the last sync. */
  modifiedGmt: string | null;
  syncedAt: string | null;
  /** The article revision last sent. */
  revision: number | null;
  /** The post's category and tag ids at the last sync, for the dialog to start from. */
  categories: number[];
  tags: number[];
  /** The article was saved since that revision went out. */
  changedSince: boolean;
  /** The post was found deleted (or in the trash) on the site; the next publish makes a new post unless it is restored. */
  gone: boolean;
}

/** Everything the publish dialog offers, for one article and one site. */
export interface PublishOptions {
  articleId: string;
  /** The article as the site will title it (kicker and headline). */
  articleTitle: string;
  siteId: string;
  siteName: string;
  siteAddress: string;
  /** Whether categories, tags and capabilities were read from the site just now, or come from the last time. */
  remote: { fresh: boolean; fetchedAt: string | null; error: SpaltErrorValue | null };
  user: { id: number; name: string; role: string } | null;
  capabilities: SiteCapabilities;
  /** What the role allows (null capabilities count as allowed: the site decides). */
  actions: Record<PublishAction, boolean>;
  categories: SiteTerm[];
  tags: SiteTerm[];
  /** Who the post may be published under; empty when the role may not choose (only editors and administrators may). */
  authors: SiteAuthor[];
  /** The author to offer: the byline's person if a user of the site, else the post's author, else the user. */
  suggestedAuthor: number | null;
  checklist: ChecklistItem[];
  /** The checklist has errors: publishing is refused until they are fixed. */
  blocked: boolean;
  /** Library photos the article uses, and how many must be uploaded or have their texts updated on this site. */
  photos: { total: number; toUpload: number; toUpdate: number };
  existingPost: RemotePostInfo | null;
  /** A job of this article for this site that has not ended (queued, running, waiting, conflict). */
  activeJob: PublishJob | null;
  suggestedSlug: string;
  /** The article's revision that publish.start will send. */
  revision: number;
}

export type ConflictField = 'title' | 'excerpt' | 'content' | 'status' | 'slug' | 'categories' | 'tags' | 'featured_media' | 'author';

/** A post as the site stored it, the fields a conflict is judged on. */
export interface PostSnapshot {
  title: string;
  excerpt: string;
  content: string;
  status: string;
  slug: string;
  categories: number[];
  tags: number[];
  featured_media: number;
  /** The post's author; absent in snapshots taken before Spalt kept it (then not compared). */
  author?: number;
  /** When the post goes (or went) out, UTC; absent in older snapshots. Never compared: a link to it needs it. */
  date_gmt?: string;
}

/**
 * A three-way merge of the article as last synced (the ancestor), the article here and the post
 * on the site, that has clashes for the person to settle. Everything else merged by itself.
 */
export interface PublishMerge {
  ancestor: ArticleDraft;
  local: ArticleDraft;
  /** The post on the site read back as an article. */
  remote: ArticleDraft;
  /** The article's revision the local side is. */
  localRevision: number;
  conflicts: MergeConflict[];
  /** How many fields and blocks each side changed since the last sync. */
  changed: { local: number; site: number };
  /** The site's post as read, and its markup per part: what is kept as the ancestor once merged. */
  site: { snapshot: PostSnapshot; header: string[]; blocks: string[] };
}

/** What changed on the site since Spalt last sent the post: each field as it was then and as it is now. */
export interface PublishConflict {
  postId: number;
  link: string;
  syncedModifiedGmt: string | null;
  siteModifiedGmt: string;
  changes: Array<{ field: ConflictField; before: string; now: string }>;
  /** The merge to settle; absent for a post without a common ancestor (overwrite or cancel). */
  merge?: PublishMerge;
}

export interface PublishResult {
  postId: number;
  link: string;
  /** WordPress's status: draft, pending, future, publish. */
  status: string;
  modifiedGmt: string;
  articleStatus: ArticleStatus;
}

/** One job as the queue view shows it. */
export interface PublishJob {
  id: string;
  articleId: string;
  siteId: string;
  siteName: string;
  /** The article's kicker and headline as sent. */
  title: string;
  action: PublishAction;
  /** Stockholm time as chosen, and the instant it stands for (ISO, UTC). */
  scheduledAt: string | null;
  scheduledGmt: string | null;
  state: JobState;
  step: JobStep;
  /** Failed attempts in a row at this step. */
  attempts: number;
  /** When a waiting job tries again (ISO). */
  nextAttemptAt: string | null;
  /** A request is on its way to the site. */
  inFlight: boolean;
  /** Cancelling a running job takes effect once the request in flight is answered. */
  cancelRequested: boolean;
  cancellable: boolean;
  /** Why a job waits (the last error) or failed. */
  error: SpaltErrorValue | null;
  conflict: PublishConflict | null;
  progress: { photosDone: number; photosTotal: number } | null;
  result: PublishResult | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface PublishChange {
  jobId: string;
  articleId: string;
  siteId: string;
  state: JobState;
  step: JobStep;
}

export const cancellableStates: readonly JobState[] = ['queued', 'running', 'waiting', 'failed', 'conflict'];
export const activeStates: readonly JobState[] = ['queued', 'running', 'waiting', 'conflict'];

/** WordPress's date_gmt: "2027-01-15T04:00:00", UTC without a zone. */
export function wordPressGmt(instant: Date): string {
  return instant.toISOString().slice(0, 19);
}
