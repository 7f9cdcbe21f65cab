/**
 * An article's history as the Historik view shows it: every kept revision, who made it and
 * when, the names the newsroom's steps gave it ("Publicerad", "Återställd från …"), and a
 * short summary (its headline and word count).
 */
import { z } from 'zod';
import { nodeText } from '../revisions/block-content';
import { textStats } from '../document/text-stats';
import { ArticleId, type ArticleDraft } from './article';

/** The steps that name a revision; each is shown in the interface's language. */
export const revisionNames = [
  'submitted',
  'returned',
  'approved',
  'published',
  'scheduled',
  'correction',
  'restored',
  'withdrawn',
] as const;
export const RevisionName = z.enum(revisionNames);
export type RevisionName = z.infer<typeof RevisionName>;

export interface RevisionLabel {
  name: RevisionName;
  /** For `restored`: when the revision brought back was saved (ISO); for `correction`: its note. */
  detail: string;
  /** The person: "Ditt namn" for a local step, the site user's name for a step on the site. */
  by: string;
  at: string;
}

export interface HistoryEntry {
  revision: number;
  savedAt: string;
  /** Who saved it, when known. */
  savedBy: string | null;
  names: RevisionLabel[];
  headline: string;
  words: number;
}

export interface HistoryPage {
  /** The article's revision now: the entry the others are compared with by default. */
  current: number;
  /** Newest first. */
  entries: HistoryEntry[];
  /** Older entries remain: ask again with `before` the last entry's revision. */
  more: boolean;
}

export interface RevisionView extends Omit<HistoryEntry, 'headline' | 'words'> {
  draft: ArticleDraft;
}

export const historyLimits = { page: 25, maxPage: 200 } as const;

export const HistoryInput = z.object({
  id: ArticleId,
  /** Only revisions older than this one (the next page). */
  before: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(historyLimits.maxPage).default(historyLimits.page),
});

export const RevisionInput = z.object({ id: ArticleId, revision: z.number().int().min(0) });

export const RestoreRevisionInput = z.object({
  id: ArticleId,
  revision: z.number().int().min(0),
  /** The article's revision the person was looking at: a later save means they have not seen it. */
  baseRevision: z.number().int().min(0),
});

/** Words of a revision as a reader counts them: kicker, headline, lead and every block. */
export function draftWords(draft: ArticleDraft): number {
  const blocks = draft.body.root.children.map((block) => nodeText(block));
  return textStats([draft.kicker, draft.headline, draft.lead, ...blocks].join('\n')).words;
}
