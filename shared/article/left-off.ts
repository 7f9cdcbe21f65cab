/**
 * Where the journalist left off: the article open last, and the place in its body where they
 * last wrote. Spalt reopens there at the next start. The place is counted in the body's own
 * terms (a top-level block and a character within its text), because Lexical's node keys are
 * new every time a document is loaded.
 */
import { z } from 'zod';
import { ArticleId, type Article } from './article';

export const BodyPlace = z.object({
  /** The top-level block of the body, from 0. */
  block: z.number().int().min(0).max(1_000_000),
  /** Characters into that block's text. */
  offset: z.number().int().min(0).max(10_000_000),
});
export type BodyPlace = z.infer<typeof BodyPlace>;

export const LeftOff = z.object({
  articleId: ArticleId,
  /** Where the last edit in the body ended; null when nothing has been written in it yet. */
  place: BodyPlace.nullable(),
});
export type LeftOff = z.infer<typeof LeftOff>;

/** What the page opens with: the article left off, and where its caret goes. */
export interface Resumption {
  article: Article;
  place: BodyPlace | null;
}
