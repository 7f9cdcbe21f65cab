/**
 * May this photo be published, and if not, why: the one rule for the article's checklist, the
 * outbox's check step, the photo library's warnings and the credit form. Pure functions over
 * the photo's texts, its licence, the articles that use or have published it, and the
 * newsroom's date.
 */
import type { Photo, PhotoProblem } from './photo';

/** What the site will print with the photo. */
export interface PhotoTexts {
  alt: string;
  creditLine: string;
}

/** On what terms the newsroom holds the photo, and where it has gone out already. */
export interface PhotoLicence {
  oneTimeUse: boolean;
  /** The last day the licence allows use, YYYY-MM-DD in Stockholm. */
  expiresOn: string | null;
  /** The articles the photo has been published with. */
  publishedIn: readonly string[];
  /** The articles (not in the trash) that use the photo now. */
  usedIn: readonly string[];
}

export interface PhotoFacts extends PhotoTexts {
  fileName: string;
  /** Null for a photo given by address: no licence is known for it. */
  licence: PhotoLicence | null;
}

export interface PhotoOccasion {
  /** The newsroom's date, YYYY-MM-DD in Stockholm: a licence is good through its last day. */
  today: string;
  /** The article the photo is to go out with; null in the library, where every publication counts. */
  articleId: string | null;
}

/** A single-word alt text is allowed, but rarely tells a reader enough. */
export type PhotoAdvice = 'alt_short';

export interface PhotoFinding {
  problem: PhotoProblem | PhotoAdvice;
  /** Errors keep the photo from going out; warnings are for the editor to weigh. */
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
}

const fileNamePattern = /\.(jpe?g|png|gif|webp|heic|tiff?|bmp)$/i;

/** "Dokument-skriva-avatal", "IMG_9098", "321797441_8341…_n.jpg": what a camera or a download names a file. */
export function looksLikeFileName(text: string): boolean {
  const value = text.trim();
  if (fileNamePattern.test(value)) return true;
  if (/\s/.test(value)) return false;
  return /[-_]/.test(value) || /\d{3,}/.test(value);
}

/** How a message names the photo: its alt text, or its file name when it has none. */
export const photoName = (facts: Pick<PhotoFacts, 'alt' | 'fileName'>): string => facts.alt.trim() || facts.fileName;

/** No credit line, no alt text, or a file name for alt text. */
export function photoTextFindings({ alt, creditLine }: PhotoTexts): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  const text = alt.trim();
  if (creditLine.trim() === '') findings.push({ problem: 'missing_credit', severity: 'error', params: {} });
  if (text === '') findings.push({ problem: 'missing_alt', severity: 'error', params: {} });
  else if (looksLikeFileName(text)) findings.push({ problem: 'alt_is_file_name', severity: 'error', params: { alt: text } });
  else if (!/\s/.test(text)) findings.push({ problem: 'alt_short', severity: 'warning', params: { alt: text } });
  return findings;
}

/**
 * An expired licence, or a one-time licence already spent by another article, stops the
 * photo. Publishing again the article that spent it is not a second use. A one-time photo
 * that other articles also use, none of them published yet, is a warning: only one may.
 */
export function photoLicenceFindings(licence: PhotoLicence, occasion: PhotoOccasion, name: string): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  const other = (articleId: string) => articleId !== occasion.articleId;
  if (licence.expiresOn !== null && licence.expiresOn < occasion.today) {
    findings.push({ problem: 'licence_expired', severity: 'error', params: { photo: name, date: licence.expiresOn } });
  }
  if (licence.oneTimeUse) {
    const sharing = new Set(licence.usedIn.filter(other)).size + (occasion.articleId === null ? 0 : 1);
    const spentHere = occasion.articleId !== null && licence.publishedIn.includes(occasion.articleId);
    if (licence.publishedIn.some(other)) findings.push({ problem: 'one_time_used', severity: 'error', params: { photo: name } });
    else if (sharing > 1 && !spentHere)
      findings.push({ problem: 'one_time_shared', severity: 'warning', params: { photo: name, count: sharing } });
  }
  return findings;
}

/** Everything that stands between the photo and this occasion, texts first. */
export function photoFindings(facts: PhotoFacts, occasion: PhotoOccasion): PhotoFinding[] {
  const texts = photoTextFindings(facts);
  return facts.licence === null ? texts : [...texts, ...photoLicenceFindings(facts.licence, occasion, photoName(facts))];
}

/** The library's problems of a photo: all but advice on the alt text's length. */
export function photoProblems(facts: PhotoFacts, occasion: PhotoOccasion): PhotoProblem[] {
  return photoFindings(facts, occasion).flatMap(({ problem }) => (problem === 'alt_short' ? [] : [problem]));
}

/** Every reason that stops a photo is an error; a warning or advice never does. */
export type PhotoRefusal = PhotoFinding & { problem: Exclude<PhotoProblem, 'one_time_shared'> };

const refuses = (finding: PhotoFinding): finding is PhotoRefusal => finding.severity === 'error';

/** The first reason the photo may not go out on this occasion, or null when it may. */
export function photoRefusal(facts: PhotoFacts, occasion: PhotoOccasion): PhotoRefusal | null {
  return photoFindings(facts, occasion).find(refuses) ?? null;
}

/** A library photo's facts, as the core sends it. */
export function photoFactsOf(photo: Pick<Photo, 'alt' | 'creditLine' | 'fileName' | 'credit' | 'uses' | 'publishedIn'>): PhotoFacts {
  return {
    alt: photo.alt,
    creditLine: photo.creditLine,
    fileName: photo.fileName,
    licence: {
      oneTimeUse: photo.credit.oneTimeUse,
      expiresOn: photo.credit.expiresOn,
      publishedIn: photo.publishedIn,
      usedIn: photo.uses.filter((use) => !use.trashed).map((use) => use.articleId),
    },
  };
}
