import { useEffect, useSyncExternalStore } from 'react';
import type { Photo } from '../../shared/article/photo';
import { invoke, onEvent } from '../platform';

/**
 * The library photos this window has asked for, shared by the library view, the article
 * fields, the photo blocks and the checklist, so each photo is fetched once and every place
 * that shows it follows when it changes, here or in another window.
 */
export interface PhotoEntry {
  photo: Photo | null;
  error: unknown;
}

const entries = new Map<string, PhotoEntry>();
const inFlight = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
/** Bumped on every change, so a reader of many photos (the checklist) knows to look again. */
let version = 0;
let listening = false;

function notify(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function set(id: string, entry: PhotoEntry): void {
  entries.set(id, entry);
  notify();
}

function listen(): void {
  if (listening) return;
  listening = true;
  // Only photos someone is showing are fetched again; the rest wait until they are asked for.
  onEvent('photo.changed', ({ id }) => {
    if (entries.has(id)) void refreshPhoto(id);
  });
  // "Used in" lists articles and their state: an article saved elsewhere may change them.
  onEvent('article.changed', ({ change }) => {
    if (change !== 'saved') for (const id of entries.keys()) void refreshPhoto(id);
  });
}

/** Fetches a photo again, whether or not it is held. */
export function refreshPhoto(id: string): Promise<void> {
  listen();
  const running = inFlight.get(id);
  if (running) return running;
  const request = invoke('photos.get', { id })
    .then(
      (photo) => set(id, { photo, error: null }),
      (error: unknown) => set(id, { photo: entries.get(id)?.photo ?? null, error }),
    )
    .finally(() => inFlight.delete(id));
  inFlight.set(id, request);
  return request;
}

/** Puts a photo the core just returned (after an import or a save) in the cache. */
export function rememberPhoto(photo: Photo): void {
  listen();
  set(photo.id, { photo, error: null });
}

export function peekPhoto(id: string): Photo | null {
  return entries.get(id)?.photo ?? null;
}

/** Asks for the photos not yet held or asked for. */
export function requestPhotos(ids: Iterable<string>): void {
  for (const id of ids) if (!entries.has(id) && !inFlight.has(id)) void refreshPhoto(id);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noEntry: PhotoEntry = { photo: null, error: null };

/** One photo of the library, fetched when first asked for and kept fresh. */
export function usePhoto(id: string | null): PhotoEntry {
  const entry = useSyncExternalStore(subscribe, () => (id === null ? noEntry : (entries.get(id) ?? noEntry)));
  useEffect(() => {
    if (id !== null) requestPhotos([id]);
  }, [id]);
  return entry;
}

/** A number that changes whenever any held photo does. */
export function usePhotoStoreVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
