import type { ArticleDraft } from '../../shared/article/article';
import { photoFactsOf, type PhotoFacts } from '../../shared/article/photo-rights';
import { isLibraryId, libraryIdOf } from '../editor/photo-blocks';
import { peekPhoto, requestPhotos } from './photo-store';

interface SerializedNode {
  type?: unknown;
  src?: unknown;
  photoId?: unknown;
  children?: unknown;
}

function* photoIdsIn(node: SerializedNode): Generator<string> {
  if (node.type === 'photo') {
    const id = libraryIdOf({ src: typeof node.src === 'string' ? node.src : '', photoId: typeof node.photoId === 'string' ? node.photoId : null });
    if (isLibraryId(id)) yield id;
  }
  if (Array.isArray(node.children)) for (const child of node.children as SerializedNode[]) yield* photoIdsIn(child);
}

/** The library photos an article shows: its main photo and every photo block. */
export function articlePhotoIds(draft: ArticleDraft): Set<string> {
  const ids = new Set(photoIdsIn(draft.body.root as SerializedNode));
  if (draft.mainPhotoId) ids.add(draft.mainPhotoId);
  return ids;
}

/**
 * The checklist's view of the library: the texts the site will get and the licence, for the
 * photos this window holds. The rest are asked for, and the checklist runs again when they come.
 */
export function libraryPhotoFacts(draft: ArticleDraft): (id: string) => PhotoFacts | undefined {
  requestPhotos(articlePhotoIds(draft));
  return (id) => {
    const photo = peekPhoto(id);
    return photo ? photoFactsOf(photo) : undefined;
  };
}
