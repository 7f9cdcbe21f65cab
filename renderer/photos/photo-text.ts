import type { PhotoProblem, PhotoSummary } from '../../shared/article/photo';
import { builtKey, type Translator } from '../i18n';

/** "Hallen i Hall, Foto: Privat. Saknar alt-text": what a screen reader hears for a tile. */
export function tileName(
  photo: Pick<PhotoSummary, 'caption' | 'fileName' | 'creditLine'> & { problems?: readonly PhotoProblem[] },
  t: Translator['t'],
): string {
  const title = photo.caption.trim() || photo.fileName;
  const credit = photo.creditLine || t('photo.noCredit');
  const problems = (photo.problems ?? []).map((problem) => t(builtKey('photo.problem.', problem)));
  return [`${title}, ${credit}`, ...problems].join('. ');
}

/** The caption and credit line as the site prints them under the photo. */
export function printedCaption(caption: string, creditLine: string): string {
  return [caption.trim(), creditLine].filter(Boolean).join(' ');
}

/** "2,4 MB", "380 kB". */
export function formatBytes(bytes: number, language: 'sv' | 'en'): string {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString(locale)} kB`;
}
