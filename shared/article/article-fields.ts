/**
 * An article's kinds, byline roles and field limits as plain values: the editor shows and keeps
 * them from its start, which loads no schema library. article.ts and byline.ts make the
 * contract's schemas of them.
 */

/** The kinds of article the newsroom publishes; the kind drives labels and required fields. */
export const articleKinds = ['news', 'brief', 'opinion', 'sponsored', 'interview'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/** The roles a byline names, as the site prints them: "Text:", "Skribent:", "Foto:". */
export const bylineRoles = ['text', 'writer', 'photo'] as const;
export type BylineRole = (typeof bylineRoles)[number];

export const limits = {
  kicker: 200,
  headline: 500,
  lead: 5_000,
  label: 100,
  disclaimer: 500,
  sponsor: 200,
  bylines: 10,
} as const;
