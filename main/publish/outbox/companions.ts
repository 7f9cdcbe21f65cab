/**
 * A submission's photos from a role WordPress refuses media (a Contributor): each photo the
 * article uses travels in a companion draft beside the post (companion-photos.ts), sent by the
 * post step once the post exists and before it goes to review, so an editor never finds the
 * post without them. A retry finds each companion by its slug and sends nothing twice; a photo
 * taken out of the article since an earlier submission has its companion removed.
 */
import type { Photo } from '../../../shared/article/photo';
import { extensions } from '../../media/renditions';
import { refuseOversizedPhoto, removePhoto, sendPhoto, surveyPhotos, type SubmissionPhoto } from '../wordpress/companion-photos';
import { WordPressError } from '../wordpress/errors';
import { fileStem, postTitle } from './content';
import type { JobContext } from './context';
import { sendsCompanions, sitePhotos, webRendition } from './photos';

const companionTypes = new Set<string>(['image/jpeg', 'image/png', 'image/webp'] satisfies Array<SubmissionPhoto['mimeType']>);

async function submissionOf(ctx: JobContext, photo: Photo, postId: number): Promise<{ photo: SubmissionPhoto; bytes: Uint8Array }> {
  const { bytes, contentType } = await webRendition(ctx, photo);
  // Every web rendition is one of these (renditions.ts); anything else is no photo Spalt made.
  const mimeType = companionTypes.has(contentType) ? (contentType as SubmissionPhoto['mimeType']) : 'image/jpeg';
  return {
    bytes,
    photo: {
      postId,
      photoHash: photo.hash,
      fileName: `${fileStem(photo.fileName)}.${extensions[contentType] ?? 'jpg'}`,
      mimeType,
      credit: photo.credit,
      creditLine: photo.creditLine,
      caption: photo.caption,
      alt: photo.alt,
      photoId: photo.id,
      main: ctx.job.draft.mainPhotoId === photo.id,
    },
  };
}

/** The check step's part: a photo too large for a companion stops the job before anything is sent. */
export async function checkCompanionPhotos(ctx: JobContext, photos: readonly Photo[]): Promise<void> {
  const title = postTitle(ctx.job.draft.kicker, ctx.job.draft.headline);
  for (const photo of photos) {
    const { photo: submission, bytes } = await submissionOf(ctx, photo, 1);
    ctx.alive();
    refuseOversizedPhoto(ctx.client, submission, bytes, title);
  }
}

/** Sends every photo of the article not on the site as a companion of the post, and removes those no longer used. */
export async function sendCompanionPhotos(ctx: JobContext, postId: number): Promise<void> {
  if (!sendsCompanions(ctx.job.action)) return;
  const waiting = [...sitePhotos(ctx).values()].filter((found) => found.mediaId === 0).map((found) => found.photo);
  // Nothing waiting: a role that uploads, or an article without photos (a stale companion is ignored by the editor, who ties only the photos the post names).
  if (waiting.length === 0) return;
  for (const photo of waiting) {
    const submission = await submissionOf(ctx, photo, postId);
    ctx.alive();
    await ctx.send(null, () => sendPhoto(ctx.client, submission.photo, submission.bytes));
    ctx.alive();
  }
  const sent = new Set(waiting.map((photo) => photo.hash));
  const { photos } = await ctx.send(null, () => surveyPhotos(ctx.client, postId));
  ctx.alive();
  // One the site will not let the writer delete is left for the editor, who removes every companion once the post is out.
  for (const stale of photos.filter((companion) => !sent.has(companion.photoHash))) await removeLeniently(ctx, stale.companionId);
}

/**
 * After a submission is approved (published or scheduled): its photos are the site's media now,
 * so the companions that carried them are deleted. A companion the site will not let this user
 * delete is left (a site admin may remove it; it is never public).
 */
export async function removeCompanionPhotos(ctx: JobContext, postId: number): Promise<void> {
  const { photos, damaged } = await ctx.send(null, () => surveyPhotos(ctx.client, postId));
  ctx.alive();
  for (const companionId of [...photos.map((photo) => photo.companionId), ...damaged.map((found) => found.companionId)]) {
    await removeLeniently(ctx, companionId);
  }
}

async function removeLeniently(ctx: JobContext, companionId: number): Promise<void> {
  try {
    await ctx.send(null, () => removePhoto(ctx.client, companionId));
  } catch (error) {
    if (!(error instanceof WordPressError) || error.disposition !== 'final') throw error;
  }
  ctx.alive();
}
