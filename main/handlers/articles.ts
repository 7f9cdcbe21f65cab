/** articles.*: the library, the editor's saves, the trash. Export and import are in transfer.ts. */
import { randomUUID } from 'node:crypto';
import type { Handlers, ValidInput } from '../../shared/api';
import type { Article, ArticleKind } from '../../shared/article/article';
import { newDraft } from '../../shared/article/kind-defaults';
import { refusedUrls, shownUrl } from '../../shared/document/body-urls';
import { bodyPlainText } from '../../shared/document/plain-text';
import { SpaltError } from '../../shared/errors';
import { articleSummaries, findByHeadline, pageArticles } from '../db/article-pages';
import * as articles from '../db/articles';
import { readSettings, readYourName } from '../db/settings';
import { emitArticleChanged } from '../events';
import type { HandlerContext } from './context';

type ArticleContext = Pick<HandlerContext, 'db' | 'events' | 'now' | 'profile'>;

type ArticleHandlers = Pick<
  Handlers,
  | 'articles.list'
  | 'articles.page'
  | 'articles.summaries'
  | 'articles.headlines'
  | 'articles.create'
  | 'articles.get'
  | 'articles.save'
  | 'articles.trash'
  | 'articles.restore'
  | 'articles.emptyTrash'
>;

/** The body's words for search; a body the editor's nodes cannot read is refused, not stored. */
export function plainTextOf(body: Parameters<typeof bodyPlainText>[0]): string {
  try {
    return bodyPlainText(body);
  } catch (error) {
    throw new SpaltError('invalid_input', { details: `body: ${(error as Error).message}`.slice(0, 300) });
  }
}

/** A body carrying an address the URL policy refuses is not stored at all. */
export function refuseUnsafeUrls(body: Parameters<typeof refusedUrls>[0]): void {
  const [refused] = refusedUrls(body);
  if (refused) throw new SpaltError('url_not_allowed', { url: shownUrl(refused.url), place: refused.place });
}

/** A new draft of the kind, with the newsroom's kicker, label and disclaimer for it. */
export function createArticle(ctx: ArticleContext, kind: ArticleKind, sessionId?: string): Article {
  const draft = newDraft(kind, readSettings(ctx.db).newsroom);
  const article = articles.createArticle(ctx.db, { id: randomUUID(), draft, now: ctx.now() });
  emitArticleChanged(ctx.events, article.id, 'created', { revision: 0, sessionId });
  return article;
}

/** A save from the revision it started from; a stale one is a conflict (db/articles.ts). */
export function saveArticle(ctx: ArticleContext, { id, baseRevision, draft, sessionId }: ValidInput<'articles.save'>) {
  const bodyText = plainTextOf(draft.body);
  refuseUnsafeUrls(draft.body);
  const savedBy = readYourName(ctx.db);
  const result = articles.saveArticle(ctx.db, { id, baseRevision, draft, bodyText, now: ctx.now(), sessionId: sessionId ?? null, savedBy });
  emitArticleChanged(ctx.events, id, 'saved', { revision: result.revision, sessionId });
  ctx.profile.afterSave();
  return result;
}

export function articleHandlers(ctx: ArticleContext): ArticleHandlers {
  const { db, events, now } = ctx;
  return {
    'articles.list': async ({ scope, query, limit }) => {
      if (query.trim() !== '') ctx.profile.catchUpSearch();
      return pageArticles(db, { scope, query, limit: limit ?? 100 }).items;
    },
    'articles.page': async (input) => {
      // A search sees every save made before it, whether or not the index had caught up.
      if (input.query.trim() !== '') ctx.profile.catchUpSearch();
      return pageArticles(db, input);
    },
    'articles.summaries': async ({ ids }) => articleSummaries(db, ids),
    'articles.headlines': async ({ query, limit }) => {
      if (query.trim() !== '') ctx.profile.catchUpSearch();
      return findByHeadline(db, query, limit);
    },
    'articles.create': async ({ kind, sessionId }) => createArticle(ctx, kind, sessionId),
    'articles.get': async ({ id }) => articles.getArticle(db, id),
    'articles.save': async (input) => saveArticle(ctx, input),
    'articles.trash': async ({ id, sessionId }) => {
      const summary = articles.trashArticle(db, id, now());
      emitArticleChanged(events, id, 'trashed', { revision: summary.revision, sessionId });
      return summary;
    },
    'articles.restore': async ({ id, sessionId }) => {
      const summary = articles.restoreArticle(db, id);
      emitArticleChanged(events, id, 'restored', { revision: summary.revision, sessionId });
      return summary;
    },
    'articles.emptyTrash': async ({ sessionId }) => {
      const deleted = articles.emptyTrash(db);
      for (const id of deleted) emitArticleChanged(events, id, 'deleted', { revision: 0, sessionId });
      return { deleted: deleted.length };
    },
  };
}
