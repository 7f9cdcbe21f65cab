/**
 * The library photos a body uses: the `photoId` of every photo block, at any depth (a fact box
 * or a live update may hold one), in document order, each once. Works on the serialized JSON
 * as stored, so the core needs no editor to keep the "used in" list.
 */
export function photoIdsInBody(body: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as { type?: unknown; photoId?: unknown; children?: unknown; root?: unknown };
    if (record.type === 'photo' && typeof record.photoId === 'string' && record.photoId !== '') found.add(record.photoId);
    if (record.root !== undefined) stack.push(record.root);
    // Children are pushed in reverse so they pop in document order.
    if (Array.isArray(record.children)) for (let i = record.children.length - 1; i >= 0; i--) stack.push(record.children[i]);
  }
  return [...found];
}
