import { z } from 'zod';
import { BodyDocument } from '../document/body';
import { articleKinds, articleStatuses, limits } from './article-fields';
import { Byline } from './byline';
import { PhotoId } from './photo';

export const ArticleKind = z.enum(articleKinds);
export type ArticleKind = z.infer<typeof ArticleKind>;

/** Where an article stands in the newsroom's workflow. */
export const ArticleStatus = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ArticleId = z.uuid();

/** What the journalist edits: everything an autosave carries. */
export const ArticleDraft = z.object({
  kind: ArticleKind,
  kicker: z.string().max(limits.kicker),
  headline: z.string().max(limits.headline),
  lead: z.string().max(limits.lead),
  bylines: z.array(Byline).max(limits.bylines),
  /** "Annons" above a sponsored article; prefilled from the newsroom's settings for the kind. */
  label: z.string().max(limits.label),
  /** Opinion's "Åsikterna är skribentens egna."; prefilled likewise. */
  disclaimer: z.string().max(limits.disclaimer),
  /** Who paid for a sponsored article. */
  sponsor: z.string().max(limits.sponsor),
  /** The main (featured) photo, a photo of the library; its caption and credit come from there. */
  mainPhotoId: PhotoId.nullable().default(null),
  body: BodyDocument,
});
export type ArticleDraft = z.infer<typeof ArticleDraft>;

export interface Article extends ArticleDraft {
  id: string;
  status: ArticleStatus;
  /** Increases by one on every save; a save names the revision it started from. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
}

/** One row of the library. */
export interface ArticleSummary {
  id: string;
  kind: ArticleKind;
  status: ArticleStatus;
  kicker: string;
  headline: string;
  revision: number;
  updatedAt: string;
  trashedAt: string | null;
  /** A short passage around the search words, when the list answers a search. */
  snippet: string | null;
}

/** A page of the library or the trash. */
export interface ArticlePage {
  /** How many articles the whole list holds (a search: its matches, at most its limit). */
  total: number;
  items: ArticleSummary[];
  /** The cursor of the next page, or null at the end of the list. */
  next: string | null;
  /**
   * A search that matched more articles than it lists: it lists the newest `total` of them,
   * newest first unless sorted. False otherwise: a search lists every match, best first unless sorted.
   */
  capped: boolean;
}

export function summaryOf(article: Article, snippet: string | null = null): ArticleSummary {
  const { id, kind, status, kicker, headline, revision, updatedAt, trashedAt } = article;
  return { id, kind, status, kicker, headline, revision, updatedAt, trashedAt, snippet };
}
