/**
 * Names Spalt gives things on a site so it can find them again after an upload or a post
 * whose outcome it never learned (a timeout after sending): look up, never send twice.
 */
import { slugify } from '../../../shared/format/slug';

/** The media slug for a photo's web rendition: the same file gets the same slug on every upload. */
export function mediaMarker(contentHash: string): string {
  return `spalt-${checkedToken(contentHash).slice(0, 24)}`;
}

/**
 * The slug a new post is first created with, from a token unique to the publish job. Create
 * it as a draft: WordPress keeps a draft's slug as sent (a contributor's pending post loses
 * it, a published one may get "-2"), and the flow gives the post its status and real slug in
 * an update by id, which is safe to repeat.
 */
export function postMarker(token: string): string {
  return `spalt-post-${checkedToken(token)}`;
}

/** A file name WordPress accepts in Content-Disposition: ASCII, no quotes, the extension kept. */
export function safeUploadName(fileName: string): string {
  const match = /^(.*?)(\.[A-Za-z0-9]{1,5})?$/.exec(fileName.trim());
  const stem = slugify(match?.[1] ?? '', 80) || 'bild';
  const extension = (match?.[2] ?? '').toLowerCase();
  return `${stem}${extension}`;
}

function checkedToken(token: string): string {
  const clean = token.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (clean.length < 12) throw new Error(`A marker needs a token of at least 12 letters or digits: "${token}"`);
  return clean;
}

/**
 * The slug of a companion draft holding one writer's notes on a post (sites without Notes):
 * one per post and writer, so no two people ever rewrite the same draft.
 */
export function notesCompanionMarker(postId: number, writerId: number): string {
  return `${companionPrefix('notes', postId)}${checkedId(writerId)}`;
}

/** The slug of a companion draft carrying one photo of a submission, by the photo's content hash. */
export function photoCompanionMarker(postId: number, photoHash: string): string {
  return `${companionPrefix('photo', postId)}${checkedToken(photoHash).slice(0, 24)}`;
}

/**
 * What every companion of a post starts with, slug and payload alike: searched for, since
 * WordPress finds slugs only whole ("spalt-notes-12-" never matches post 123's).
 */
export function companionPrefix(kind: 'notes' | 'photo', postId: number): string {
  return `spalt-${kind}-${checkedId(postId)}-`;
}

/** What every notes companion starts with, whatever its post. */
export const notesPrefix = 'spalt-notes-';

function checkedId(id: number): number {
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`Not a WordPress id: ${id}`);
  return id;
}
