/**
 * The one contract between the UI and the core. Every operation and event is declared here
 * once; both adapters (Electron IPC and browser-mode HTTP) validate input against these
 * schemas before the core sees it.
 */
import { z } from 'zod';
import {
  ArticleDraft,
  ArticleId,
  ArticleKind,
  type Article,
  type ArticleSummary,
} from './article/article';
import { NewsroomSettings } from './article/newsroom';
import { PersonInput, type Person } from './article/people';
import { Language } from './i18n';
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
  language: Language,
  typography: TypographySettings,
  newsroom: NewsroomSettings,
});
export type Settings = z.infer<typeof Settings>;

/** Identifies one open window or tab, so it can tell its own saves from others'. */
const SessionId = z.string().min(8).max(64);

export const inputSchemas = {
  'articles.list': z.object({
    scope: z.enum(['active', 'trash']).default('active'),
    query: z.string().max(200).default(''),
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
  'people.list': z.object({ query: z.string().max(120).default('') }),
  'people.save': PersonInput,
  'people.remove': z.object({ id: z.uuid() }),
  'settings.get': z.object({}),
  'settings.update': Settings.partial(),
  'app.info': z.object({}),
} as const satisfies Record<OperationName, z.ZodType>;

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
}

export interface SaveResult {
  revision: number;
  updatedAt: string;
}

export interface Outputs {
  'articles.list': ArticleSummary[];
  'articles.create': Article;
  'articles.get': Article;
  'articles.save': SaveResult;
  'articles.trash': ArticleSummary;
  'articles.restore': ArticleSummary;
  'articles.emptyTrash': { deleted: number };
  'people.list': Person[];
  'people.save': Person;
  'people.remove': { removed: true };
  'settings.get': Settings;
  'settings.update': Settings;
  'app.info': AppInfo;
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
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SpaltErrorValue };
