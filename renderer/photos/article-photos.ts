import type { ArticleDraft } from '../../shared/article/article';
import { photoFactsOf, type PhotoFacts } from '../../shared/article/photo-rights';
import { definitionOf } from '../../shared/document/nodes/registry';
import { nodesIn } from '../../shared/document/nodes/walk';
import { isLibraryId, libraryIdOf } from '../editor/photo-blocks';
import { peekPhoto, requestPhotos } from './photo-store';

/** The library photos of a body's blocks, at any depth. */
function* photoIdsIn(body: ArticleDraft['body']): Generator<string> {
  for (const node of nodesIn(body.root)) {
    const photo = definitionOf(node.type)?.photo?.of(node);
    const id = photo ? libraryIdOf(photo) : null;
    if (isLibraryId(id)) yield id;
  }
}

/** The library photos an article shows: its main photo and every block showing one. */
export function articlePhotoIds(draft: ArticleDraft): Set<string> {
  const ids = new Set(photoIdsIn(draft.body));
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
