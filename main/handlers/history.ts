/**
 * articles.history, articles.revision, articles.restoreRevision: an article's kept revisions,
 * and bringing one back as a new revision (nothing is destroyed).
 */
import type { Handlers } from '../../shared/api';
import { ArticleDraft, type Article } from '../../shared/article/article';
import { draftWords, type HistoryEntry, type RevisionLabel } from '../../shared/article/history';
import { SpaltError } from '../../shared/errors';
import { findRevision, revisionPage, type RevisionMeta, type StoredRevision } from '../db/article-revisions';
import * as articles from '../db/articles';
import { articleSeqOf, nameRevision, namesBetween } from '../db/revision-names';
import { readYourName } from '../db/settings';
import { inTransaction } from '../db/transaction';
import { emitArticleChanged } from '../events';
import { plainTextOf, refuseUnsafeUrls } from './articles';
import type { HandlerContext } from './context';

type HistoryContext = Pick<HandlerContext, 'db' | 'events' | 'now' | 'profile'>;
type HistoryHandlers = Pick<Handlers, 'articles.history' | 'articles.revision' | 'articles.restoreRevision'>;

/** The article as it stands, as a revision: an article never saved since it was made has no history row yet. */
function currentAsRevision(article: Article): StoredRevision {
  const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body } = article;
  return {
    revision: article.revision,
    savedAt: article.updatedAt,
    savedBy: null,
    draft: { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body },
  };
}

/** What the list says of a revision; a revision's number always names the same draft, so it is worked out once. */
type RevisionSummary = Pick<HistoryEntry, 'headline' | 'words'>;
const summaryCacheLimit = 10_000;

export function historyHandlers(ctx: HistoryContext): HistoryHandlers {
  const { db, events, now } = ctx;
  // Counting a 20,000-word revision's words takes milliseconds; a page of them would take a second.
  const summaries = new Map<string, RevisionSummary>();

  function summaryOf(id: string, revision: number, draft: () => StoredRevision['draft'] | undefined): RevisionSummary {
    // By the article's id: a deleted article's seq may be given to a new one.
    const key = `${id}:${revision}`;
    const held = summaries.get(key);
    if (held) return held;
    const source = draft();
    const summary = source ? { headline: source.headline, words: draftWords(source) } : { headline: '', words: 0 };
    if (summaries.size >= summaryCacheLimit) summaries.clear();
    summaries.set(key, summary);
    return summary;
  }

  function revisionOf(id: string, revision: number): StoredRevision {
    const { seq, revision: current } = articleSeqOf(db, id);
    const stored = findRevision(db, seq, revision);
    if (stored) return stored;
    if (revision === current) return currentAsRevision(articles.getArticle(db, id));
    throw new SpaltError('revision_not_found', { revision });
  }

  return {
    'articles.history': async ({ id, before, limit }) => {
      const { seq, revision: current } = articleSeqOf(db, id);
      const rows = revisionPage(db, seq, { before, limit: limit + 1 });
      const page: Array<RevisionMeta & { draft?: StoredRevision['draft'] }> = rows.slice(0, limit);
      if (before === undefined && (page[0]?.revision ?? -1) < current) page.unshift(currentAsRevision(articles.getArticle(db, id)));
      const revisions = page.map((row) => row.revision);
      const names =
        revisions.length > 0 ? namesBetween(db, seq, Math.min(...revisions), Math.max(...revisions)) : new Map<number, RevisionLabel[]>();
      const entries = page.map((row): HistoryEntry => ({
        revision: row.revision,
        savedAt: row.savedAt,
        savedBy: row.savedBy,
        names: names.get(row.revision) ?? [],
        ...summaryOf(id, row.revision, () => row.draft ?? findRevision(db, seq, row.revision)?.draft),
      }));
      return { current, entries, more: rows.length > limit };
    },

    'articles.revision': async ({ id, revision }) => {
      const stored = revisionOf(id, revision);
      const { seq } = articleSeqOf(db, id);
      const names = namesBetween(db, seq, revision, revision).get(revision) ?? [];
      return { revision: stored.revision, savedAt: stored.savedAt, savedBy: stored.savedBy, names, draft: stored.draft };
    },

    'articles.restoreRevision': async ({ id, revision, baseRevision }) => {
      const current = articles.getArticle(db, id);
      // A save the person has not seen would be restored over without their knowing: refuse.
      if (current.revision !== baseRevision) {
        throw new SpaltError('revision_restore_stale', { current: current.revision, base: baseRevision });
      }
      const source = revisionOf(id, revision);
      // A revision kept before a field existed takes that field as the article has it now.
      const draft = ArticleDraft.parse({ ...currentAsRevision(current).draft, ...source.draft });
      const bodyText = plainTextOf(draft.body);
      refuseUnsafeUrls(draft.body);
      const by = readYourName(db);
      const saved = inTransaction(db, () => {
        const result = articles.saveArticle(db, { id, baseRevision, draft, bodyText, now: now(), sessionId: null, savedBy: by });
        nameRevision(db, {
          articleId: id,
          revision: result.revision,
          name: 'restored',
          by: by ?? '',
          at: result.updatedAt,
          detail: source.savedAt,
        });
        return result;
      });
      // No window's own save: every window showing the article follows it, the one that asked too.
      emitArticleChanged(events, id, 'saved', { revision: saved.revision, sessionId: null });
      ctx.profile.afterSave();
      return saved;
    },
  };
}
