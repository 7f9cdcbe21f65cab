import type { Photo } from '../../shared/article/photo';
import type * as platform from '../platform';

/**
 * The library photos this window has asked for, shared by the library view, the article
 * fields, the photo blocks and the checklist, so each photo is fetched once and every place
 * that shows it follows when it changes, here or in another window.
 */
export interface PhotoEntry {
  photo: Photo | null;
  error: unknown;
}

export interface PhotoCache {
  /** Fetches a photo again, whether or not it is held. */
  refresh: (id: string) => Promise<void>;
  /** Puts a photo the core just returned (after an import or a save) in the cache. */
  remember: (photo: Photo) => void;
  peek: (id: string) => Photo | null;
  /** Asks for the photos not yet held or asked for. */
  request: (ids: Iterable<string>) => void;
  entry: (id: string | null) => PhotoEntry;
  /** A number that changes whenever any held photo does, so a reader of many photos (the checklist) knows to look again. */
  version: () => number;
  subscribe: (listener: () => void) => () => void;
}

/** What the cache needs of the core. */
export type PhotoCore = Pick<typeof platform, 'invoke' | 'onEvent'>;

const noEntry: PhotoEntry = { photo: null, error: null };

export function createPhotoCache(core: PhotoCore): PhotoCache {
  const entries = new Map<string, PhotoEntry>();
  const inFlight = new Map<string, Promise<void>>();
  const listeners = new Set<() => void>();
  let version = 0;
  let listening = false;

  function set(id: string, entry: PhotoEntry): void {
    entries.set(id, entry);
    version += 1;
    for (const listener of [...listeners]) listener();
  }

  function listen(): void {
    if (listening) return;
    listening = true;
    // Only photos someone is showing are fetched again; the rest wait until they are asked for.
    core.onEvent('photo.changed', ({ id }) => {
      if (entries.has(id)) void refresh(id);
    });
    // "Used in" lists articles and their state: an article saved elsewhere may change them.
    core.onEvent('article.changed', ({ change }) => {
      if (change !== 'saved') for (const id of entries.keys()) void refresh(id);
    });
  }

  function refresh(id: string): Promise<void> {
    listen();
    const running = inFlight.get(id);
    if (running) return running;
    const request = core
      .invoke('photos.get', { id })
      .then(
        (photo) => set(id, { photo, error: null }),
        (error: unknown) => set(id, { photo: entries.get(id)?.photo ?? null, error }),
      )
      .finally(() => inFlight.delete(id));
    inFlight.set(id, request);
    return request;
  }

  return {
    refresh,
    remember: (photo) => {
      listen();
      set(photo.id, { photo, error: null });
    },
    peek: (id) => entries.get(id)?.photo ?? null,
    request: (ids) => {
      for (const id of ids) if (!entries.has(id) && !inFlight.has(id)) void refresh(id);
    },
    entry: (id) => (id === null ? noEntry : (entries.get(id) ?? noEntry)),
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
