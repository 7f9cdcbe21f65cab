/**
 * Corrections ("Rättelse") of a published article: a note that goes out with an update of the
 * post, is printed at the end of the article with its date, and is kept in the corrections log.
 */
import { z } from 'zod';

export const correctionLimits = { note: 1000 } as const;

/** What was corrected, as the reader will read it after "Rättelse 6 december 2026:". */
export const CorrectionNote = z.string().max(correctionLimits.note);

/** The log over a period (newsroom dates, inclusive); either end left out is open. */
export const CorrectionsListInput = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
export type CorrectionsListInput = z.infer<typeof CorrectionsListInput>;

export const CorrectionsReportInput = z.object({ from: z.iso.date(), to: z.iso.date() });

/** One correction on the site, as the log lists it. */
export interface Correction {
  id: number;
  articleId: string;
  /** The article's headline when the correction was made. */
  headline: string;
  siteId: string;
  siteName: string;
  postId: number | null;
  link: string | null;
  /** When it was marked: the date the reader sees. */
  madeAt: string;
  madeBy: string;
  note: string;
  /** When the update carrying it reached the site. */
  publishedAt: string;
}
