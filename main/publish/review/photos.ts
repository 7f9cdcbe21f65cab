/**
 * A Contributor's photos, received with the submission: each companion the post names (its
 * photo blocks' class, or its main photo) is read back byte for byte and imported into this
 * profile's photo library through the library's ordinary import (so a file that is no image is
 * refused, and the same file found, never stored twice), with the writer's credit, caption and
 * alt text. The article's photo blocks and main photo then refer to those library photos, as
 * the editor's own do. A companion missing or damaged leaves its block without an image, which
 * the checklist names (photo.notReceived).
 */
import type { ArticleDraft } from '../../../shared/article/article';
import type { Photo } from '../../../shared/article/photo';
import { newsroomDate } from '../../../shared/format/date';
import type { BodyDocument } from '../../../shared/document/body';
import type { SerializedBodyNode } from '../../../shared/document/markup/serialized';
import { photoProps } from '../../../shared/document/nodes/photo/node';
import { photoIdClassPrefix } from '../../../shared/document/nodes/photo/to-blocks';
import { withPropsJSON } from '../../../shared/document/nodes/props';
import { definitionOf } from '../../../shared/document/nodes/registry';
import { mapNodes } from '../../../shared/document/nodes/walk';
import { libraryPhotoPrefix } from '../../../shared/url-policy';
import { rememberCreditSource } from '../../db/credit-sources';
import { getPhoto, photoExists, updatePhoto } from '../../db/photos';
import { inTransaction } from '../../db/transaction';
import { emitPhotoChanged } from '../../events';
import { createImporter } from '../../media/import';
import type { WordPressClient } from '../wordpress/client';
import { readPhoto, surveyPhotos, type CompanionPhoto } from '../wordpress/companion-photos';
import { WordPressError } from '../wordpress/errors';
import type { ReviewDeps } from './context';

/** The writer's library id → the photo in this library, and which of them is the main photo. */
export interface ReceivedPhotos {
  photos: Map<string, Photo>;
  mainWriterId: string | null;
}

/** Imports the photos the post names from their companions; one that cannot be read or imported is left out. */
export async function receivePhotos(deps: ReviewDeps, client: WordPressClient, postId: number, content: string): Promise<ReceivedPhotos> {
  const received: ReceivedPhotos = { photos: new Map(), mainWriterId: null };
  const { photos } = await surveyPhotos(client, postId);
  const named = photos.filter(
    (companion): companion is CompanionPhoto & { photoId: string } =>
      companion.photoId !== undefined && (companion.main === true || content.includes(`${photoIdClassPrefix}${companion.photoId}`)),
  );
  if (named.length === 0) return received;
  const importPhoto = createImporter(deps);
  for (const companion of named) {
    let bytes: Uint8Array;
    try {
      bytes = (await readPhoto(client, companion.companionId)).bytes;
    } catch (error) {
      // Damaged: the block stays without an image, and the checklist says so.
      if (error instanceof WordPressError && error.code === 'wp_companion_damaged') continue;
      throw error;
    }
    const imported = await importPhoto(companion.fileName, bytes).catch((error: unknown) => {
      console.warn('[spalt] a photo received with a submission was refused:', error);
      return null;
    });
    if (!imported) continue;
    const photo = imported.duplicate ? imported.photo : describe(deps, imported.photo.id, companion);
    received.photos.set(companion.photoId, photo);
    if (companion.main === true) received.mainWriterId = companion.photoId;
  }
  return received;
}

/** A photo new to the library takes the writer's texts; one already here keeps what the editor may have corrected. */
function describe(deps: ReviewDeps, id: string, companion: CompanionPhoto): Photo {
  const now = deps.now();
  // The writer's people registry is not this one.
  const credit = { ...companion.credit, personId: null };
  inTransaction(deps.db, () => {
    updatePhoto(deps.db, id, { caption: companion.caption, alt: companion.alt, credit }, now);
    rememberCreditSource(deps.db, credit, now);
  });
  emitPhotoChanged(deps.events, id, 'imported');
  return getPhoto(deps.db, id, newsroomDate(now));
}

/**
 * The body with each received photo's blocks referring to this library's photo, with its texts.
 * A block naming a photo of another library that did not come (its companion missing or
 * damaged, or media of the site) keeps its address and no library id: a photo by address, and
 * one with no address at all is what the checklist names.
 */
export function tieBody(body: BodyDocument, received: ReceivedPhotos, inLibrary: (id: string) => boolean): BodyDocument {
  const tie = (node: SerializedBodyNode): SerializedBodyNode => {
    const writerId = definitionOf(node.type)?.photo?.of(node).photoId;
    if (!writerId || node.type !== 'photo') return node;
    const photo = received.photos.get(writerId);
    if (!photo) return inLibrary(writerId) ? node : withPropsJSON(photoProps, node, { photoId: null });
    return withPropsJSON(photoProps, node, {
      photoId: photo.id,
      src: `${libraryPhotoPrefix}${photo.id}`,
      alt: photo.alt,
      caption: photo.caption,
      credit: photo.creditLine,
    });
  };
  return { root: mapNodes(body.root, tie) as BodyDocument['root'] };
}

/** The main photo of the header, when it is the one received as the article's main photo. */
export function mainPhotoOf(received: ReceivedPhotos): (photo: { photoId: string | null }) => string | null {
  return ({ photoId }) => (photoId !== null && photoId === received.mainWriterId ? (received.photos.get(photoId)?.id ?? null) : null);
}

/** The draft read from the post, with the received photos in place; a main photo the theme shows by itself is named by its companion. */
export function tieDraft(deps: Pick<ReviewDeps, 'db'>, draft: ArticleDraft, received: ReceivedPhotos): ArticleDraft {
  const main = received.mainWriterId === null ? undefined : received.photos.get(received.mainWriterId);
  const body = tieBody(draft.body, received, (id) => photoExists(deps.db, id));
  return { ...draft, mainPhotoId: draft.mainPhotoId ?? main?.id ?? null, body };
}

const photoClass = new RegExp(`${photoIdClassPrefix}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`, 'g');

/** Whether the post names a library photo this library does not hold: then it came from another Spalt, perhaps with companions. */
export function namesForeignPhotos(deps: Pick<ReviewDeps, 'db'>, content: string): boolean {
  return [...content.matchAll(photoClass)].some((match) => !photoExists(deps.db, match[1]!));
}

export const nothingReceived = (): ReceivedPhotos => ({ photos: new Map(), mainWriterId: null });

/** The main photo above the lead: one received, or one of this library (the writer's own article). */
export function mainPhotoIn(deps: Pick<ReviewDeps, 'db'>, received: ReceivedPhotos): (photo: { photoId: string | null }) => string | null {
  const fromCompanion = mainPhotoOf(received);
  return (photo) => fromCompanion(photo) ?? (photo.photoId !== null && photoExists(deps.db, photo.photoId) ? photo.photoId : null);
}
