import { definitionOf } from './nodes/registry';
import { nodesIn } from './nodes/walk';

/**
 * The library photos a body uses: the photo id of every block that shows one, at any depth (a
 * live update may hold one), in document order, each once. Works on the serialized JSON as
 * stored, so the core needs no editor to keep the "used in" list.
 */
export function photoIdsInBody(body: unknown): string[] {
  const found = new Set<string>();
  const root = typeof body === 'object' && body !== null ? (body as { root?: unknown }).root : undefined;
  for (const node of nodesIn(root)) {
    const photoId = definitionOf(node.type)?.photo?.of(node).photoId;
    if (photoId) found.add(photoId);
  }
  return [...found];
}
