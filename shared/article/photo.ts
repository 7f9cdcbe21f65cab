/**
 * The photo library's domain model: a photo, its credit and usage rights, the metadata found
 * embedded in its file, and where it is used. The files themselves live in the core's photo
 * store (main/media); the contract carries only these records.
 */
import { z } from 'zod';
import { creditTypes, photoLimits, type EmbeddedField } from './photo-fields';
import type { PhotoRenditionName } from './photo-media';

/** How the newsroom came by a photo; the type decides how its credit line is written. */
export const CreditType = z.enum(creditTypes);
export type CreditType = z.infer<typeof CreditType>;

export const PhotoId = z.uuid();

/** Who made a photo and on what terms the newsroom may use it. */
export const Credit = z.object({
  /** Null until someone has said where the photo comes from. */
  type: CreditType.nullable(),
  /** The photographer or illustrator; for staff, a person of the registry. */
  name: z.string().max(photoLimits.name),
  /** The people registry's id when the name was picked from it. */
  personId: z.uuid().nullable(),
  /** The agency, the stock site, the archive or the company: "TT", "Pexels". */
  organisation: z.string().max(photoLimits.organisation),
  licence: z.string().max(photoLimits.licence),
  usageNotes: z.string().max(photoLimits.usageNotes),
  /** The licence allows one publication only. */
  oneTimeUse: z.boolean(),
  /** The last day the licence allows use, as YYYY-MM-DD, Stockholm time. */
  expiresOn: z.iso.date().nullable(),
});
export type Credit = z.infer<typeof Credit>;

export const emptyCredit: Credit = {
  type: null,
  name: '',
  personId: null,
  organisation: '',
  licence: '',
  usageNotes: '',
  oneTimeUse: false,
  expiresOn: null,
};

/** What a user edits about a library photo. */
export const PhotoEdit = z.object({
  caption: z.string().max(photoLimits.caption),
  alt: z.string().max(photoLimits.alt),
  credit: Credit,
});
export type PhotoEdit = z.infer<typeof PhotoEdit>;

export interface EmbeddedMetadata {
  /** Each field found in the file, as plain text (control characters removed, never HTML). */
  fields: Partial<Record<EmbeddedField, string>>;
  /** The original file carries a GPS position (it is never copied into a rendition). */
  hasGps: boolean;
}

/** Which embedded field each prefilled value came from, so the user can see and judge it. */
export type PrefilledFrom = Partial<Record<'caption' | 'name' | 'organisation' | 'licence' | 'takenAt', EmbeddedField>>;

/**
 * What keeps a photo from going out (shared/article/photo-rights.ts decides): all are errors but
 * `one_time_shared`, a one-time photo that several unpublished articles use.
 */
export const photoProblems = [
  'missing_credit',
  'missing_alt',
  'alt_is_file_name',
  'licence_expired',
  'one_time_used',
  'one_time_shared',
] as const;
export type PhotoProblem = (typeof photoProblems)[number];

export interface PhotoRendition {
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
}

/** One article that uses a photo. */
export interface PhotoUse {
  articleId: string;
  headline: string;
  status: import('./article').ArticleStatus;
  role: 'main' | 'body';
  trashed: boolean;
  /** The article is on the site with an older credit: publish it again. */
  needsRepublish: boolean;
}

export interface Photo extends PhotoEdit {
  id: string;
  /** SHA-256 of the original file, hex: the same file imported twice is the same photo. */
  hash: string;
  fileName: string;
  mimeType: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';
  bytes: number;
  /** Displayed size, with the EXIF orientation applied. */
  width: number;
  height: number;
  /** When the photo was taken (EXIF DateTimeOriginal), ISO 8601, or null. */
  takenAt: string | null;
  importedAt: string;
  updatedAt: string;
  embedded: EmbeddedMetadata;
  prefilledFrom: PrefilledFrom;
  renditions: Record<PhotoRenditionName, PhotoRendition>;
  /** The credit as printed under the photo: "Foto: Alexander Isa". */
  creditLine: string;
  problems: PhotoProblem[];
  uses: PhotoUse[];
  /** The articles the photo has been published with (or scheduled to be), trashed ones too. */
  publishedIn: string[];
}

/** One tile of the library grid. */
export interface PhotoSummary {
  id: string;
  fileName: string;
  caption: string;
  alt: string;
  creditLine: string;
  creditType: CreditType | null;
  width: number;
  height: number;
  importedAt: string;
  problems: PhotoProblem[];
  useCount: number;
}

/** A name or source offered while typing a credit. */
export interface CreditSuggestion {
  /** A person of the registry, or a name or organisation used in an earlier credit. */
  source: 'person' | 'saved';
  type: CreditType | null;
  name: string;
  organisation: string;
  personId: string | null;
}
