/**
 * The one contract between the UI and the core. Every operation and event is declared here
 * once; both adapters (Electron IPC and browser-mode HTTP) validate input against these
 * schemas before the core sees it.
 */
import { z } from 'zod';
import { ArticleDraft, ArticleId, ArticleKind, type Article, type ArticlePage, type ArticleSummary } from './article/article';
import { articleExportLimit } from './article/article-fields';
import { ArticlePageCursor, LibraryFilter, LibrarySort } from './article/library-order';
import { HistoryInput, RestoreRevisionInput, RevisionInput, type HistoryPage, type RevisionView } from './article/history';
import { LeftOff, type Resumption } from './article/left-off';
import { NewsroomSettings } from './article/newsroom';
import { PeopleSort, PersonInput, type Person } from './article/people';
import { CreditType, PhotoEdit, PhotoId, type CreditSuggestion, type Photo, type PhotoSummary } from './article/photo';
import { photoLimits } from './article/photo-fields';
import { languages } from './i18n';
import { SiteId, SiteInput, SiteTestInput, type ConnectionReport, type Site, type SiteList } from './publish/site';
import {
  PublishCancelInput,
  PublishJobsInput,
  PublishOptionsInput,
  PublishResolveInput,
  PublishRetryInput,
  PublishStartInput,
  type PublishChange,
  type PublishJob,
  type PublishOptions,
} from './publish/publish';
import { reviewInputs, type ReviewOutputs, type ReviewQueueSite } from './publish/review';
import { CorrectionsListInput, CorrectionsReportInput, type Correction } from './publish/correction';
import type { AppCommand } from './app-commands';
import type { DatabaseStatus } from './database';
import { NewsroomWord } from './proofing/word-list';
import type { SpaltErrorValue } from './errors';
import type { EventName, OperationName } from './contract-names';

export { eventNames, isEventName, isOperationName, operationNames } from './contract-names';
export type { EventName, OperationName } from './contract-names';

/** Swedish typography applied as the journalist types; each rule can be turned off. */
export const TypographySettings = z.object({
  quotes: z.boolean(),
  dashes: z.boolean(),
  ellipsis: z.boolean(),
});
export type TypographySettings = z.infer<typeof TypographySettings>;

export const Settings = z.object({
  language: z.enum(languages),
  typography: TypographySettings,
  newsroom: NewsroomSettings,
  /** "Ditt namn": who this profile's saves and steps are by, in the article's history. */
  yourName: z.string().trim().max(100),
});
export type Settings = z.infer<typeof Settings>;

/** Identifies one open window or tab, so it can tell its own saves from others'. */
const SessionId = z.string().min(8).max(64);

export const inputSchemas = {
  /** The first `limit` of a list: the best matches of a search, or the last changed. */
  'articles.list': z.object({
    scope: z.enum(['active', 'trash']).default('active'),
    query: z.string().max(200).default(''),
    /** 100 when not given. */
    limit: z.number().int().min(1).max(500).optional(),
  }),
  /**
   * A page of the library or the trash, last changed first or in the `sort` asked for, of one
   * status or kind when filtered: after the previous page's `next` (no article twice or missed
   * while others are saved), or at an offset (a jump down the list). A search is one page of its
   * best matches, best first unless sorted.
   */
  'articles.page': LibraryFilter.extend({
    scope: z.enum(['active', 'trash']).default('active'),
    query: z.string().max(200).default(''),
    sort: LibrarySort.nullable().default(null),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    after: ArticlePageCursor.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  /** The articles of these ids that exist, in the library or the trash; an id not answered is gone. */
  'articles.summaries': z.object({ ids: z.array(ArticleId).max(500) }),
  /** A few articles of the library for a picker: headlines with the words typed, or the last changed. */
  'articles.headlines': z.object({
    query: z.string().max(200).default(''),
    limit: z.number().int().min(1).max(50).default(20),
  }),
  'articles.create': z.object({ kind: ArticleKind.default('news'), sessionId: SessionId.optional() }),
  'articles.get': z.object({ id: ArticleId }),
  'articles.save': z.object({
    id: ArticleId,
    baseRevision: z.number().int().min(0),
    draft: ArticleDraft,
    sessionId: SessionId.optional(),
  }),
  'articles.trash': z.object({ id: ArticleId, sessionId: SessionId.optional() }),
  'articles.restore': z.object({ id: ArticleId, sessionId: SessionId.optional() }),
  'articles.emptyTrash': z.object({ sessionId: SessionId.optional() }),
  /**
   * One article or a selection as files: standalone HTML, Markdown with YAML front matter,
   * JSON that articles.import reads back, or (one article) its WordPress block markup.
   */
  'articles.export': z.object({
    ids: z.array(ArticleId).min(1).max(articleExportLimit),
    format: z.enum(['html', 'markdown', 'json', 'blocks']),
  }),
  /** A JSON export read back as new articles. */
  'articles.import': z.object({ fileName: z.string().min(1).max(255), data: z.instanceof(Uint8Array) }),
  /** People whose name starts a word with the query: staff first, then by name, or as sorted; at most `limit`. */
  'people.list': z.object({
    query: z.string().max(120).default(''),
    sort: PeopleSort.nullable().default(null),
    limit: z.number().int().min(1).max(2_000).default(50),
  }),
  'people.save': PersonInput,
  'people.remove': z.object({ id: z.uuid() }),
  /**
   * A photo file's bytes. Over HTTP they travel base64-encoded (shared/wire.ts); over IPC as
   * they are. Size, format and damage are checked by the core, which answers in words.
   */
  'photos.import': z.object({
    fileName: z.string().min(1).max(photoLimits.fileName),
    data: z.instanceof(Uint8Array),
  }),
  'photos.list': z.object({
    query: z.string().max(200).default(''),
    /** One credit type, "none" for photos with no credit type yet, or null for all. */
    creditType: z
      .union([CreditType, z.literal('none')])
      .nullable()
      .default(null),
    /** Only photos missing a credit or a proper alt text. */
    missing: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  }),
  'photos.get': z.object({ id: PhotoId }),
  'photos.update': z.object({ id: PhotoId, edit: PhotoEdit }),
  'photos.creditSuggestions': z.object({ query: z.string().max(120).default('') }),
  /** Photos with credit, licence and where used, for uses in articles changed within the dates. */
  'photos.report': z.object({ from: z.iso.date(), to: z.iso.date() }),
  'sites.list': z.object({}),
  /** Creates (no id) or updates a site; the password is required on create, optional on update (kept). */
  'sites.save': SiteInput,
  'sites.remove': z.object({ id: SiteId }),
  /** Logs in to WordPress with a saved site, or with the form's values before saving. */
  'sites.test': SiteTestInput,
  /** What the publish dialog offers for an article and a site: terms, role, checklist, the existing post. */
  'publish.options': PublishOptionsInput,
  /** Queues a publish (refused when the checklist has errors or a scheduled time has passed). */
  'publish.start': PublishStartInput,
  /** The queue, newest first: every job's state, step, error, conflict and result. */
  'publish.jobs': PublishJobsInput,
  /** Cancels a job that has not ended; a running one stops after the request in flight. */
  'publish.cancel': PublishCancelInput,
  /** Tries a waiting or failed job again now. */
  'publish.retry': PublishRetryInput,
  /** After a conflict: overwrite the post changed on the site, or cancel. */
  'publish.resolveConflict': PublishResolveInput,
  /** The computer is back online (or awake): jobs waiting because the site could not be reached try again now. */
  'publish.wake': z.object({}),
  'settings.get': z.object({}),
  'settings.update': Settings.partial(),
  'app.info': z.object({}),
  /** The article open last, whole, and where in it the journalist last wrote, if it is still in the library. */
  'resume.get': z.object({}),
  /** Remembers where the journalist is writing, for the next start; with no place, only that the article is open (a place remembered in it stays). */
  'resume.remember': LeftOff,
  /** Whether the profile's database is damaged, and the last recovery made from it. */
  'database.status': z.object({}),
  /** Copies what can be read from a damaged database into a new file beside it; never in place. */
  'database.recover': z.object({}),
  /** Copies the database (SQLite's online backup) and photos/ into backups/<Stockholm date and time>/ in the profile. */
  'database.backup': z.object({}),
  /** An article's kept revisions, newest first, with who, when and their names; paged. */
  'articles.history': HistoryInput,
  /** One kept revision of an article, whole. */
  'articles.revision': RevisionInput,
  /** Saves an earlier revision as a new one, named "Återställd"; refused if the article changed since `baseRevision`. */
  'articles.restoreRevision': RestoreRevisionInput,
  /** The editors' workflow: review states, the review queue, notes, sync with the site (shared/publish/review.ts). */
  ...reviewInputs,
  /** The corrections log: corrections that reached their site, newest first, within the dates. */
  'corrections.list': CorrectionsListInput,
  /** The corrections log as CSV, like the credits report. */
  'corrections.report': CorrectionsReportInput,
  /** The newsroom's word list, which spelling counts as known, sorted. */
  'words.list': z.object({}),
  'words.add': z.object({ word: NewsroomWord }),
  'words.remove': z.object({ word: z.string().min(1).max(60) }),
  /** A plain-text file, one word a line; lines that are no word are counted, not added. */
  'words.import': z.object({ text: z.string().max(2_000_000) }),
  'words.export': z.object({}),
  /** What spelling knows for one article: the list, the names of people and credits, and the article's ignores. */
  'words.known': z.object({ articleId: ArticleId }),
  'words.ignore': z.object({ articleId: ArticleId, word: z.string().min(1).max(100) }),
} as const satisfies Record<OperationName, z.ZodType>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
}

/** A backup made by "Säkerhetskopiera nu": where it is and how much it holds. */
export interface ProfileBackup {
  folder: string;
  bytes: number;
  photoFiles: number;
}

/** A file made by the core for the user to keep. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: Uint8Array;
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export interface Outputs extends ReviewOutputs {
  'articles.list': ArticleSummary[];
  'articles.page': ArticlePage;
  'articles.summaries': ArticleSummary[];
  'articles.headlines': ArticleSummary[];
  'articles.create': Article;
  'articles.get': Article;
  'articles.save': SaveResult;
  'articles.trash': ArticleSummary;
  'articles.restore': ArticleSummary;
  'articles.emptyTrash': { deleted: number };
  'articles.export': ExportedFile;
  'articles.import': { articles: ArticleSummary[] };
  'people.list': Person[];
  'people.save': Person;
  'people.remove': { removed: true };
  'photos.import': { photo: Photo; duplicate: boolean };
  'photos.list': { total: number; items: PhotoSummary[] };
  'photos.get': Photo;
  'photos.update': Photo;
  'photos.creditSuggestions': CreditSuggestion[];
  'photos.report': { fileName: string; csv: string; rows: number };
  'sites.list': SiteList;
  'sites.save': Site;
  'sites.remove': { removed: true };
  'sites.test': ConnectionReport;
  'publish.options': PublishOptions;
  'publish.start': PublishJob;
  'publish.jobs': PublishJob[];
  'publish.cancel': PublishJob;
  'publish.retry': PublishJob;
  'publish.resolveConflict': PublishJob;
  /** How many waiting jobs were made due. */
  'publish.wake': { woken: number };
  'settings.get': Settings;
  'settings.update': Settings;
  'app.info': AppInfo;
  'resume.get': Resumption | null;
  'resume.remember': LeftOff;
  'database.status': DatabaseStatus;
  'database.recover': DatabaseStatus;
  'database.backup': ProfileBackup;
  'articles.history': HistoryPage;
  'articles.revision': RevisionView;
  'articles.restoreRevision': SaveResult;
  'corrections.list': Correction[];
  'corrections.report': { fileName: string; csv: string; rows: number };
  'words.list': string[];
  'words.add': string[];
  'words.remove': string[];
  'words.import': { added: number; skipped: number; words: string[] };
  'words.export': { fileName: string; text: string; count: number };
  'words.known': { words: string[]; names: string[]; ignored: string[] };
  'words.ignore': { ignored: string[] };
}

/** What a caller sends (defaults may be left out). */
export type Input<K extends OperationName> = z.input<(typeof inputSchemas)[K]>;
/** What a handler receives, after validation. */
export type ValidInput<K extends OperationName> = z.output<(typeof inputSchemas)[K]>;

export type Handlers = {
  [K in OperationName]: (input: ValidInput<K>) => Promise<Outputs[K]>;
};

export interface ArticleChange {
  id: string;
  change: 'created' | 'saved' | 'trashed' | 'restored' | 'deleted';
  revision: number;
  sessionId: string | null;
}

export interface Events extends Record<EventName, unknown> {
  'article.changed': ArticleChange;
  'settings.changed': Settings;
  'people.changed': { id: string };
  'photo.changed': { id: string; change: 'imported' | 'updated' };
  'site.changed': { id: string; change: 'saved' | 'removed' | 'tested' };
  'publish.changed': PublishChange;
  /** Damage was found (Spalt stopped writing), or a recovery finished. */
  'database.changed': DatabaseStatus;
  /** An article's review state or notes changed, or (articleId null) a site's review queue. */
  'review.changed': { articleId: string | null; siteId: string };
  /** A site's review queue read for the first time: its first page, while the rest is still being read. */
  'review.queueFirstPage': ReviewQueueSite;
  /** The newsroom's word list changed. */
  'words.changed': { count: number };
  /** A command chosen in the desktop app's menus, for the window to carry out. */
  'app.command': { command: AppCommand };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SpaltErrorValue };
