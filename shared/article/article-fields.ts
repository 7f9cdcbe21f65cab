/**
 * An article's kinds, statuses, byline roles and field limits as plain values: the editor and the
 * library show and keep them without loading a schema library. article.ts and byline.ts make the
 * contract's schemas of them.
 */

/** The kinds of article the newsroom publishes; the kind drives labels and required fields. */
export const articleKinds = ['news', 'brief', 'opinion', 'sponsored', 'interview'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/** Where an article stands in the newsroom's workflow. */
export const articleStatuses = ['draft', 'in_review', 'returned', 'scheduled', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** The most articles one export takes. */
export const articleExportLimit = 500;

/**
 * How many rows of a search the library asks for at a time: two screenfuls of rows with their
 * snippets. Each row's snippet is made from its text as it is asked for, so a page of a search
 * is kept shorter than a page of the list (100 rows of one line).
 */
export const searchPageSize = 30;

/** The roles a byline names, as the site prints them: "Text:", "Skribent:", "Foto:". */
export const bylineRoles = ['text', 'writer', 'photo'] as const;
export type BylineRole = (typeof bylineRoles)[number];

/** What the site prints before a byline's names; the site is Swedish whatever the UI speaks. */
export const bylineSiteLabels: Readonly<Record<BylineRole, string>> = { text: 'Text', writer: 'Skribent', photo: 'Foto' };

export const limits = {
  kicker: 200,
  headline: 500,
  lead: 5_000,
  label: 100,
  disclaimer: 500,
  sponsor: 200,
  bylines: 10,
} as const;
