import { $create } from 'lexical';
import { PhotoNode, type Photo } from '../../shared/document/nodes/photo/node';
import type { PickedPhoto } from '../photos/PhotoPickerDialog';

/**
 * Tags the update that brings a block's copy of a library photo's alt text, caption and credit
 * in step with the library: merged into the last undo step (undoing it would only bring the
 * old values back), yet still a change the article saves.
 */
export const PHOTO_SYNC_TAG = 'spalt-photo-sync';

const libraryPrefix = 'spalt-photo:';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The library id a block refers to, or null for a photo by address. */
export function libraryIdOf(photo: Pick<Photo, 'src' | 'photoId'>): string | null {
  if (photo.photoId !== null) return photo.photoId;
  return photo.src.startsWith(libraryPrefix) ? photo.src.slice(libraryPrefix.length) : null;
}

/** Ids of this library's photos are UUIDs; an id from elsewhere (another newsroom's markup) is not. */
export const isLibraryId = (id: string | null): id is string => id !== null && uuid.test(id);

/**
 * What the block keeps of a library photo: the markup converter and the site read these, so
 * they are the library's values, the credit as the line the site prints.
 */
export function librarySnapshot(photo: PickedPhoto): Pick<Photo, 'src' | 'photoId' | 'alt' | 'caption' | 'credit'> {
  return { src: `${libraryPrefix}${photo.id}`, photoId: photo.id, alt: photo.alt, caption: photo.caption, credit: photo.creditLine };
}

export function snapshotDiffers(current: Photo, next: ReturnType<typeof librarySnapshot>): boolean {
  return (Object.keys(next) as Array<keyof typeof next>).some((key) => current[key] !== next[key]);
}

/** Call inside an editor update: `$create` builds the editor's subclass. */
export function $createLibraryPhotoNode(photo: PickedPhoto): PhotoNode {
  return $create(PhotoNode).setProperties(librarySnapshot(photo));
}
