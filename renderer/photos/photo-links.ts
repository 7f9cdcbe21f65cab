import { hrefFor } from '../routes';

const photoPath = /^#\/photos\/([0-9a-f-]{36})$/i;

/** The library with one photo open: where a photo block or the main photo sends the user to edit its credit. */
export function photoLibraryHref(id: string): string {
  return `${hrefFor({ view: 'photos' })}/${id}`;
}

export function photoIdFromHash(hash: string): string | null {
  return photoPath.exec(hash)?.[1] ?? null;
}
