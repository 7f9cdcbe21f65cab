import { useEffect, useSyncExternalStore } from 'react';
import { invoke, onEvent } from '../platform';
import { createPhotoCache, type PhotoEntry } from './photo-cache';

/** This window's one cache of library photos. */
const cache = createPhotoCache({ invoke, onEvent });

export const refreshPhoto = cache.refresh;
export const rememberPhoto = cache.remember;
export const peekPhoto = cache.peek;
export const requestPhotos = cache.request;

/** One photo of the library, fetched when first asked for and kept fresh. */
export function usePhoto(id: string | null): PhotoEntry {
  const entry = useSyncExternalStore(cache.subscribe, () => cache.entry(id));
  useEffect(() => {
    if (id !== null) requestPhotos([id]);
  }, [id]);
  return entry;
}

/** A number that changes whenever any held photo does. */
export function usePhotoStoreVersion(): number {
  return useSyncExternalStore(cache.subscribe, cache.version);
}
