/**
 * The editors' workflow as the UI and the core exchange it: where an article stands in review
 * on a site, the review queue ("Att granska"), and the notes of an article, each anchored to a
 * block of its body. WordPress keeps the truth (main/publish/wordpress/); these are Spalt's
 * local copies, which answer offline too.
 */
import { z } from 'zod';
import { ArticleId, type ArticleKind } from '../article/article';
import type { SpaltErrorValue } from '../errors';
import { SiteId } from './site';

/**
 * draft: not in review (never submitted, or withdrawn); submitted: pending on the site;
 * returned: sent back to the writer with notes; approved: being published by the editor;
 * scheduled: goes out at `scheduledGmt`; published.
 */
export const workflowStates = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published'] as const;
export type WorkflowState = (typeof workflowStates)[number];

/** A step taken in Spalt that has not reached the site yet (offline, or the site busy). */
export const pendingSteps = ['withdraw', 'return'] as const;
export type PendingStep = (typeof pendingSteps)[number];

export interface WorkflowStatus {
  articleId: string;
  siteId: string;
  siteName: string;
  state: WorkflowState;
  /** When the article reached this state, as far as Spalt knows (ISO). */
  changedAt: string;
  /** Who moved it there, when Spalt knows (the user, or the editor whose notes returned it). */
  changedBy: string | null;
  /** For scheduled: when it goes out (ISO, UTC). */
  scheduledGmt: string | null;
  pendingStep: PendingStep | null;
  /** Why the pending step has not reached the site yet. */
  pendingError: SpaltErrorValue | null;
  /** The last time the state was read from the site. */
  syncedAt: string | null;
}

/** A pending post of the site, as "Att granska" lists it. */
export interface ReviewQueueEntry {
  postId: number;
  title: string;
  authorName: string;
  kind: ArticleKind;
  /** When it was submitted, as far as WordPress tells: its last change (UTC, ISO). */
  submittedGmt: string;
  words: number;
  /** The pre-publish checklist of the post as it reads (photos not in this library aside). */
  checklist: { errors: number; warnings: number };
  /** The article this profile imported it into, if opened before. */
  articleId: string | null;
}

export interface ReviewQueueSite {
  siteId: string;
  siteName: string;
  /** The role on the site as last known ('' when never read). */
  role: string;
  /** Whether the role may edit others' posts; null when Spalt has not read it yet. */
  mayReview: boolean | null;
  /** When the list was last read from the site; null when never. */
  fetchedAt: string | null;
  items: ReviewQueueEntry[];
  /** Why the last refresh failed, if it did (the list then is the one read before). */
  error: SpaltErrorValue | null;
}

export interface ArticleNote {
  id: string;
  articleId: string;
  siteId: string;
  /** The thread's first note; null for a first note. */
  threadId: string | null;
  /** The body block it is anchored to (index among the body's blocks); null for the article as a whole. */
  blockIndex: number | null;
  /** The block's first words, to name it. */
  blockText: string;
  authorName: string;
  text: string;
  state: 'open' | 'resolved';
  /** sent: on the site; pending, resolve, reopen: waiting to reach it. */
  outbox: 'sent' | 'pending' | 'resolve' | 'reopen';
  writtenAt: string;
}

export interface NoteThreadView {
  note: ArticleNote;
  answers: ArticleNote[];
}

const NoteText = z.string().trim().min(1).max(5_000);
const ArticleSite = { articleId: ArticleId, siteId: SiteId };
const NoteId = z.uuid();
const NewNote = z.object({ blockIndex: z.number().int().min(0).nullable(), text: NoteText });

export const reviewInputs = {
  'review.states': z.object({ articleId: ArticleId.optional() }),
  'review.withdraw': z.object(ArticleSite),
  'review.queue': z.object({}),
  'review.refresh': z.object({ siteId: SiteId }),
  'review.open': z.object({ siteId: SiteId, postId: z.number().int().positive() }),
  'review.return': z.object({ ...ArticleSite, notes: z.array(NewNote).max(100).default([]) }),
  'review.notes': z.object({ articleId: ArticleId }),
  'review.addNote': z.object({ ...ArticleSite, ...NewNote.shape }),
  'review.answerNote': z.object({ noteId: NoteId, text: NoteText }),
  'review.resolveNote': z.object({ noteId: NoteId, resolved: z.boolean() }),
  'review.sync': z.object({}),
} as const;

export interface ReviewOutputs {
  'review.states': WorkflowStatus[];
  'review.withdraw': WorkflowStatus;
  'review.queue': ReviewQueueSite[];
  'review.refresh': ReviewQueueSite;
  'review.open': { articleId: string; created: boolean };
  'review.return': WorkflowStatus;
  'review.notes': NoteThreadView[];
  'review.addNote': ArticleNote;
  'review.answerNote': ArticleNote;
  'review.resolveNote': ArticleNote;
  /** How many articles were read from the sites, and how many steps and notes are still waiting. */
  'review.sync': { articles: number; waiting: number };
}
