/** The fields of an article the revision engines compare and merge, and how each reads as text. */
import type { ArticleDraft } from '../article/article';
import { bylineSiteLabels } from '../article/article-fields';
import type { Byline } from '../article/byline';
import { isOneOf } from '../one-of';

export const articleFields = ['kind', 'kicker', 'headline', 'lead', 'bylines', 'label', 'disclaimer', 'sponsor', 'mainPhotoId'] as const;
export type ArticleField = (typeof articleFields)[number];

/** The fields that are running text: they diff and merge word by word. */
export const textFields = ['kicker', 'headline', 'lead', 'label', 'disclaimer', 'sponsor'] as const;
export type TextField = (typeof textFields)[number];

export function isTextField(field: ArticleField): field is TextField {
  return isOneOf(textFields, field);
}

/** A byline as one line of the site: "Text: Alexander Isa". */
export function bylineLine(byline: Byline): string {
  return `${bylineSiteLabels[byline.role]}: ${byline.name}`;
}

/** A field's value as text: a byline per line, the main photo's id, or nothing. */
export function fieldText(draft: ArticleDraft, field: ArticleField): string {
  if (field === 'bylines') return draft.bylines.map(bylineLine).join('\n');
  if (field === 'mainPhotoId') return draft.mainPhotoId ?? '';
  return draft[field];
}
