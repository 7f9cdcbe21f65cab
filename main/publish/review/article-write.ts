/**
 * Writing an article the workflow brought from the site: a new article for a post opened from
 * the queue, or a new revision when the site's version is taken in. Every earlier revision
 * stays in the article's history.
 */
import { randomUUID } from 'node:crypto';
import type { ArticleDraft, ArticleStatus } from '../../../shared/article/article';
import { bodyPlainText } from '../../../shared/document/plain-text';
import * as articles from '../../db/articles';
import { emitArticleChanged } from '../../events';
import type { ReviewDeps } from './context';

export function createImportedArticle(deps: ReviewDeps, draft: ArticleDraft, status: ArticleStatus): { id: string; revision: number } {
  const id = randomUUID();
  const created = articles.createArticle(deps.db, { id, draft, now: deps.now() });
  const saved = articles.saveArticle(deps.db, {
    id,
    baseRevision: created.revision,
    draft,
    bodyText: bodyPlainText(draft.body),
    now: deps.now(),
    sessionId: null,
  });
  articles.setArticleStatus(deps.db, id, status);
  emitArticleChanged(deps.events, id, 'created', { revision: saved.revision });
  deps.profile.afterSave();
  return { id, revision: saved.revision };
}

export function saveFromSite(deps: ReviewDeps, id: string, baseRevision: number, draft: ArticleDraft): number {
  const saved = articles.saveArticle(deps.db, {
    id,
    baseRevision,
    draft,
    bodyText: bodyPlainText(draft.body),
    now: deps.now(),
    sessionId: null,
  });
  emitArticleChanged(deps.events, id, 'saved', { revision: saved.revision });
  deps.profile.afterSave();
  return saved.revision;
}

export function setStatus(deps: ReviewDeps, id: string, status: ArticleStatus): void {
  const article = articles.getArticle(deps.db, id);
  if (article.status === status) return;
  articles.setArticleStatus(deps.db, id, status);
  emitArticleChanged(deps.events, id, 'saved', { revision: article.revision });
}
