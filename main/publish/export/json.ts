import { z } from 'zod';
import { ArticleDraft, type Article } from '../../../shared/article/article';
import { withAllowedUrls } from '../../../shared/document/body-urls';
import { SpaltError } from '../../../shared/errors';
import type { ExportPhoto } from './photos';

/**
 * Spalt's own export: every field of each article's draft as the core stores it, plus its
 * status and dates, and what the site prints of each library photo it uses. articles.import
 * reads it back; the drafts come back equal.
 */
export const exportFormat = 'spalt-articles';
export const exportVersion = 1;

const ExportedArticle = z.object({
  id: z.string(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  draft: ArticleDraft,
});

const ExportFile = z.object({
  format: z.literal(exportFormat),
  version: z.literal(exportVersion),
  exportedAt: z.string(),
  articles: z.array(ExportedArticle).min(1).max(500),
  photos: z.array(z.object({ id: z.string(), alt: z.string(), caption: z.string(), creditLine: z.string() })),
});

export function draftOf(article: Article): ArticleDraft {
  const { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body } = article;
  return { kind, kicker, headline, lead, bylines, label, disclaimer, sponsor, mainPhotoId, body: withAllowedUrls(body) };
}

export function articlesJson(articles: readonly Article[], photos: readonly ExportPhoto[], exportedAt: string): string {
  const file: z.input<typeof ExportFile> = {
    format: exportFormat,
    version: exportVersion,
    exportedAt,
    articles: articles.map((a) => ({ id: a.id, status: a.status, createdAt: a.createdAt, updatedAt: a.updatedAt, draft: draftOf(a) })),
    photos: photos.map(({ id, alt, caption, creditLine }) => ({ id, alt, caption, creditLine })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The drafts of a Spalt JSON export, or a message saying why the file is not one. */
export function readArticlesJson(fileName: string, data: Uint8Array): ArticleDraft[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    throw new SpaltError('import_unreadable', { fileName });
  }
  const result = ExportFile.safeParse(parsed);
  if (!result.success) throw new SpaltError('import_unreadable', { fileName });
  return result.data.articles.map((article) => article.draft);
}
