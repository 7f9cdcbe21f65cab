import type { BodyDocument } from './body';

/** What a library photo looks like where the body is going: the site, an export file. */
export interface ResolvedPhoto {
  src: string;
  alt: string;
  caption: string;
  /** The credit line as printed, "Foto: Privat". */
  credit: string;
}

interface SerializedNode {
  type?: unknown;
  photoId?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

function resolveNode(node: SerializedNode, resolve: (photoId: string) => ResolvedPhoto | undefined): SerializedNode {
  let next = node;
  if (node.type === 'photo' && typeof node.photoId === 'string') {
    const photo = resolve(node.photoId);
    if (photo) next = { ...node, ...photo };
  }
  if (Array.isArray(node.children)) {
    next = { ...next, children: (node.children as SerializedNode[]).map((child) => resolveNode(child, resolve)) };
  }
  return next;
}

/**
 * The body with every library photo block carrying the library's current alt text, caption and
 * credit, and the address it will have at its destination. The blocks' own copies are only
 * what the editor last saw; the library is the truth (a credit changed there changes every
 * unpublished use). Photos the resolver does not know keep what they carry.
 */
export function resolvePhotos(body: BodyDocument, resolve: (photoId: string) => ResolvedPhoto | undefined): BodyDocument {
  return { root: resolveNode(body.root as SerializedNode, resolve) as BodyDocument['root'] };
}
