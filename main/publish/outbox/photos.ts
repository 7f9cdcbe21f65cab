/**
 * The photos step: each library photo the article uses (main photo and body), its web
 * rendition uploaded once per site and remembered by content hash. When the library's alt
 * text, caption or credit changed since, the media item is updated instead. An upload whose
 * outcome was never learned is looked up by its marker slug before anything is sent again.
 */
import { readFile } from 'node:fs/promises';
import type { Database } from 'better-sqlite3';
import type { ArticleDraft } from '../../../shared/article/article';
import type { PublishAction } from '../../../shared/publish/publish';
import type { Photo } from '../../../shared/article/photo';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { photoFactsOf, photoName, photoRefusal, type PhotoRefusal } from '../../../shared/article/photo-rights';
import { photoIdsInBody } from '../../../shared/document/photo-ids';
import { SpaltError, type ErrorCode } from '../../../shared/errors';
import { getPhoto } from '../../db/photos';
import { newsroomDate } from '../../../shared/format/date';
import { extensions } from '../../media/renditions';
import { mediaFile } from '../../media/serve';
import { WordPressError } from '../wordpress/errors';
import { mediaMarker } from '../wordpress/markers';
import type { Media } from '../wordpress/schemas';
import { fileStem, mediaTexts, type SitePhoto } from './content';
import type { JobContext } from './context';
import { mayUpload } from './site-user';
import { forgetRemotePhoto, getRemotePhoto, markPhotoUploading, recordPhotoUploaded, type MediaTexts } from '../../db/remote-photos';

/** The actions whose photos may go as companions (companions.ts) when the role is refused media: a post that is not public. */
export const sendsCompanions = (action: PublishAction): boolean => action === 'pending' || action === 'draft';

/** The library photos an article uses, main photo first, each once. */
export function articlePhotoIds(draft: ArticleDraft): string[] {
  return [...new Set([...(draft.mainPhotoId ? [draft.mainPhotoId] : []), ...photoIdsInBody(draft.body)])];
}

export function libraryPhoto(db: Database, id: string, now: string): Photo {
  try {
    return getPhoto(db, id, newsroomDate(now));
  } catch (error) {
    if (error instanceof SpaltError && error.code === 'photo_not_found') throw new SpaltError('publish_photo_missing', { id });
    throw error;
  }
}

const refusalCodes: Record<PhotoRefusal['problem'], ErrorCode> = {
  licence_expired: 'publish_photo_licence_expired',
  one_time_used: 'publish_photo_one_time_spent',
  missing_credit: 'publish_photo_credit_missing',
  missing_alt: 'publish_photo_alt_missing',
  alt_is_file_name: 'publish_photo_alt_missing',
};

/**
 * The rule the checklist applies, applied again to a queued job: a licence may have run out
 * or been spent since it was queued. A photo that may not go out stops the job, naming it,
 * before anything is sent; publishing the article that spent a one-time licence again is fine.
 */
export function refuseForbiddenPhotos(db: Database, job: { articleId: string; draft: ArticleDraft }, now: string): void {
  const occasion = { today: newsroomDate(now), articleId: job.articleId };
  for (const id of articlePhotoIds(job.draft)) {
    const photo = libraryPhoto(db, id, now);
    const refusal = photoRefusal(photoFactsOf(photo), occasion);
    if (refusal) throw new SpaltError(refusalCodes[refusal.problem], { ...refusal.params, photo: photoName(photo) });
  }
}

export const sameTexts = (a: MediaTexts | null, b: MediaTexts): boolean =>
  a !== null && a.alt_text === b.alt_text && a.caption === b.caption && a.description === b.description && a.title === b.title;

/** How many of the photos must be uploaded, or have their texts sent again, to this site. */
export function photoWork(db: Database, siteId: string, photos: readonly Photo[]): { toUpload: number; toUpdate: number } {
  let toUpload = 0;
  let toUpdate = 0;
  for (const photo of photos) {
    const remote = getRemotePhoto(db, siteId, photo.hash);
    if (!remote || remote.state === 'uploading') toUpload += 1;
    else if (!sameTexts(remote.sent, mediaTexts(photo))) toUpdate += 1;
  }
  return { toUpload, toUpdate };
}

export async function photosStep(ctx: JobContext): Promise<void> {
  const { db, now } = ctx.deps;
  // A job resumed here after a crash may have crossed a licence's last day.
  refuseForbiddenPhotos(db, ctx.job, now());
  const ids = articlePhotoIds(ctx.job.draft);
  const work = photoWork(
    db,
    ctx.job.siteId,
    ids.map((id) => libraryPhoto(db, id, now())),
  );
  // A role refused media sends its photos as companions of the post instead (companions.ts, the post step).
  if (work.toUpload + work.toUpdate > 0 && !(await mayUpload(ctx))) return;
  for (const [index, id] of ids.entries()) {
    await ensurePhoto(ctx, libraryPhoto(db, id, now()));
    ctx.save({ progress: { photosDone: index + 1, photosTotal: ids.length } });
  }
}

/** The article's photos as they are on the site, for the post step. */
export function sitePhotos(ctx: JobContext): Map<string, SitePhoto & { mediaId: number }> {
  const { db, now } = ctx.deps;
  const found = new Map<string, SitePhoto & { mediaId: number }>();
  for (const id of articlePhotoIds(ctx.job.draft)) {
    const photo = libraryPhoto(db, id, now());
    const remote = getRemotePhoto(db, ctx.job.siteId, photo.hash);
    // The photos step has put every photo on the site; one not there (deleted meanwhile) keeps the block's own address.
    if (remote?.state === 'uploaded' && remote.mediaId !== null && remote.sourceUrl !== null) {
      found.set(id, { photo, sourceUrl: remote.sourceUrl, mediaId: remote.mediaId });
    } else if (sendsCompanions(ctx.job.action)) {
      // Sent in a companion (companions.ts): the block names the photo by its class, with no address
      // (WordPress's editor shows the image block's placeholder), until the editor uploads it.
      found.set(id, { photo, sourceUrl: '', mediaId: 0 });
    }
  }
  return found;
}

async function ensurePhoto(ctx: JobContext, photo: Photo): Promise<void> {
  const { db, now } = ctx.deps;
  const site = ctx.job.siteId;
  const texts = mediaTexts(photo);
  let remote = getRemotePhoto(db, site, photo.hash);
  if (remote?.state === 'uploading') {
    const found = await ctx.send(null, () => ctx.client.findMedia(mediaMarker(photo.hash)));
    ctx.alive();
    if (found) {
      recordPhotoUploaded(
        db,
        site,
        photo.hash,
        { mediaId: found.id, sourceUrl: found.source_url, sent: textsOf(found, remote.sent) },
        now(),
      );
      remote = getRemotePhoto(db, site, photo.hash);
    } else {
      remote = null;
    }
  }
  if (!remote || remote.mediaId === null) {
    await upload(ctx, photo, texts);
    return;
  }
  if (sameTexts(remote.sent, texts)) return;
  const mediaId = remote.mediaId;
  try {
    const media = await ctx.send('media.update', () => ctx.client.updateMedia(mediaId, texts));
    ctx.alive();
    recordPhotoUploaded(db, site, photo.hash, { mediaId: media.id, sourceUrl: media.source_url, sent: texts }, now());
  } catch (error) {
    // Deleted from the site's media library: upload it again.
    if (!(error instanceof WordPressError && error.code === 'wp_media_gone')) throw error;
    ctx.alive();
    forgetRemotePhoto(db, site, photo.hash);
    await upload(ctx, photo, texts);
  }
}

/** The photo's web version, as it goes to the site. */
export async function webRendition(ctx: JobContext, photo: Photo): Promise<{ bytes: Uint8Array; contentType: string }> {
  const file = mediaFile(ctx.deps.db, ctx.deps.dataDir, photoMediaPath(photo.id, 'web'));
  const bytes = file ? await readFile(file.file).catch(() => null) : null;
  ctx.alive();
  if (!file || !bytes) throw new SpaltError('publish_photo_file_missing', { fileName: photo.fileName });
  return { bytes: new Uint8Array(bytes), contentType: file.contentType };
}

async function upload(ctx: JobContext, photo: Photo, texts: MediaTexts): Promise<void> {
  const { db, now } = ctx.deps;
  const { bytes, contentType } = await webRendition(ctx, photo);
  const fileName = `${fileStem(photo.fileName)}.${extensions[contentType] ?? 'jpg'}`;
  markPhotoUploading(db, ctx.job.siteId, photo.hash, texts, now());
  const media = await ctx.send('media.upload', () =>
    ctx.client.uploadMedia(bytes, fileName, contentType, { slug: mediaMarker(photo.hash), ...texts }),
  );
  ctx.alive();
  recordPhotoUploaded(db, ctx.job.siteId, photo.hash, { mediaId: media.id, sourceUrl: media.source_url, sent: texts }, now());
}

/** A found upload carries the texts it was sent with only if it got them (a long caption goes in a second request). */
function textsOf(found: Media, attempted: MediaTexts | null): MediaTexts | null {
  if (attempted === null) return null;
  const arrived =
    found.alt_text === attempted.alt_text &&
    (found.caption?.raw ?? '') === attempted.caption &&
    (found.description?.raw ?? '') === attempted.description;
  return arrived ? attempted : null;
}
