/** articles.export and articles.import: articles out to files, and Spalt's own JSON back in. */
import type { Handlers } from '../../shared/api';
import { summaryOf, type ArticleDraft } from '../../shared/article/article';
import { refusedUrls, shownUrl } from '../../shared/document/body-urls';
import { SpaltError } from '../../shared/errors';
import * as articles from '../db/articles';
import { lastPublishedLink } from '../db/remote-posts';
import { exportArticles } from '../publish/export/export';
import { readArticlesJson } from '../publish/export/json';
import { exportPhotoSource } from '../publish/export/photo-source';
import { createArticle, saveArticle } from './articles';
import type { HandlerContext } from './context';

type TransferContext = Pick<HandlerContext, 'db' | 'events' | 'now' | 'profile' | 'dataDir'>;

/** Every draft of a file is checked before the first is created: a refused file adds nothing. */
function refuseUnsafeUrls(fileName: string, drafts: readonly ArticleDraft[]): void {
  for (const draft of drafts) {
    const [refused] = refusedUrls(draft.body);
    if (refused) {
      throw new SpaltError('import_url_not_allowed', { fileName, headline: draft.headline.slice(0, 120), url: shownUrl(refused.url) });
    }
  }
}

export function transferHandlers(ctx: TransferContext): Pick<Handlers, 'articles.export' | 'articles.import'> {
  const { db } = ctx;
  const photos = exportPhotoSource(db, ctx.dataDir, ctx.now);
  // "Läs även" goes to the linked article's address where it was last published; a block
  // read back from a site keeps the address it came with.
  const links = { address: (articleId: string) => lastPublishedLink(db, articleId), keepOwnUrl: true };
  return {
    'articles.export': async ({ ids, format }) => {
      const chosen = ids.map((id) => articles.getArticle(db, id));
      return exportArticles(format, chosen, photos, ctx.now(), links);
    },
    'articles.import': async ({ fileName, data }) => {
      const drafts = readArticlesJson(fileName, data);
      refuseUnsafeUrls(fileName, drafts);
      // Each article goes through the same create and save as the editor's, events and all.
      const imported = drafts.map((draft) => {
        const created = createArticle(ctx, draft.kind);
        saveArticle(ctx, { id: created.id, baseRevision: created.revision, draft });
        return summaryOf(articles.getArticle(db, created.id));
      });
      return { articles: imported };
    },
  };
}
