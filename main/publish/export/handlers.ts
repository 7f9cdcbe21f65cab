import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../../shared/api';
import { summaryOf, type ArticleDraft } from '../../../shared/article/article';
import { refusedUrls, shownUrl } from '../../../shared/document/body-urls';
import { SpaltError } from '../../../shared/errors';
import * as articles from '../../db/articles';
import { exportArticles } from './export';
import { exportLinkSource } from './link-source';
import { readArticlesJson } from './json';
import type { PhotoSource } from './photos';

export interface ExportDeps {
  db: Database;
  now: () => string;
  photos: PhotoSource;
  /** Import goes through the same create and save as the editor, events and all. */
  create: Handlers['articles.create'];
  save: Handlers['articles.save'];
}

/** Every draft of a file is checked before the first is created: a refused file adds nothing. */
function refuseUnsafeUrls(fileName: string, drafts: readonly ArticleDraft[]): void {
  for (const draft of drafts) {
    const [refused] = refusedUrls(draft.body);
    if (refused) {
      throw new SpaltError('import_url_not_allowed', { fileName, headline: draft.headline.slice(0, 120), url: shownUrl(refused.url) });
    }
  }
}

export function exportHandlers(deps: ExportDeps): Pick<Handlers, 'articles.export' | 'articles.import'> {
  return {
    'articles.export': async ({ ids, format }) => {
      const chosen = ids.map((id) => articles.getArticle(deps.db, id));
      return exportArticles(format, chosen, deps.photos, deps.now(), exportLinkSource(deps.db));
    },
    'articles.import': async ({ fileName, data }) => {
      const drafts = readArticlesJson(fileName, data);
      refuseUnsafeUrls(fileName, drafts);
      const imported = [];
      for (const draft of drafts) {
        const created = await deps.create({ kind: draft.kind });
        await deps.save({ id: created.id, baseRevision: created.revision, draft });
        imported.push(articles.getArticle(deps.db, created.id));
      }
      return { articles: imported.map((article) => summaryOf(article)) };
    },
  };
}
