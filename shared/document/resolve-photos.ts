import type { BodyDocument } from './body';
import type { SerializedBodyNode } from './markup/serialized';
import type { PhotoTexts } from './nodes/definition';
import { definitionOf } from './nodes/registry';
import { mapNodes } from './nodes/walk';

/** What a library photo looks like where the body is going: the site, an export file. */
export type ResolvedPhoto = PhotoTexts;

/**
 * The body with every block showing a library photo carrying the library's current alt text,
 * caption and credit, and the address it will have at its destination. The blocks' own copies
 * are only what the editor last saw; the library is the truth (a credit changed there changes
 * every unpublished use). Photos the resolver does not know keep what they carry.
 */
export function resolvePhotos(body: BodyDocument, resolve: (photoId: string) => ResolvedPhoto | undefined): BodyDocument {
  const resolveNode = (node: SerializedBodyNode): SerializedBodyNode => {
    const photo = definitionOf(node.type)?.photo;
    const photoId = photo?.of(node).photoId;
    const resolved = photoId ? resolve(photoId) : undefined;
    return photo && resolved ? photo.with(node, resolved) : node;
  };
  return { root: mapNodes(body.root, resolveNode) as BodyDocument['root'] };
}
