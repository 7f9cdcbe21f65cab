import { describe, expect, it } from 'vitest';
import type { Events, EventName } from '../../../shared/api';
import { emptyCredit, type Photo } from '../../../shared/article/photo';
import { SpaltError } from '../../../shared/errors';
import { createPhotoCache, type PhotoCore } from '../../../renderer/photos/photo-cache';

const ids = {
  brand: '6f1c2a9e-4b1d-4c8e-9a7f-0d3b5e2c1a01',
  moose: '6f1c2a9e-4b1d-4c8e-9a7f-0d3b5e2c1a02',
  council: '6f1c2a9e-4b1d-4c8e-9a7f-0d3b5e2c1a03',
};

function photo(id: string, caption: string): Photo {
  return {
    id,
    caption,
    alt: 'Rök över taken i Hovsjö',
    credit: { ...emptyCredit, type: 'staff', name: 'Alexander Isa' },
    hash: 'a'.repeat(64),
    fileName: 'brand.jpg',
    mimeType: 'image/jpeg',
    bytes: 1_024,
    width: 1_600,
    height: 1_067,
    takenAt: null,
    importedAt: '2025-03-04T12:00:00.000Z',
    updatedAt: '2025-03-04T12:00:00.000Z',
    embedded: { fields: {}, hasGps: false },
    prefilledFrom: {},
    renditions: {
      thumb: { width: 400, height: 267, mimeType: 'image/webp', bytes: 100 },
      web: { width: 1_600, height: 1_067, mimeType: 'image/jpeg', bytes: 500 },
    },
    creditLine: 'Foto: Alexander Isa',
    problems: [],
    uses: [],
    publishedIn: [],
  };
}

/** The library as the core holds it, answering photos.get as the test says, and sending its events. */
function library() {
  const stored = new Map<string, Photo>([
    [ids.brand, photo(ids.brand, 'Branden i Hovsjö')],
    [ids.moose, photo(ids.moose, 'Älgen på E20')],
    [ids.council, photo(ids.council, 'Kommunfullmäktige')],
  ]);
  const fetched: string[] = [];
  const answers: (() => void)[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let unreachable = false;

  const getPhoto = (id: string) =>
    new Promise<Photo>((resolve, reject) => {
      fetched.push(id);
      answers.push(() => {
        const found = stored.get(id);
        if (unreachable) reject(new SpaltError('unreachable'));
        else if (found) resolve(found);
        else reject(new SpaltError('photo_not_found', { id }));
      });
    });

  const core: PhotoCore = {
    invoke: ((name: string, input: { id: string }) => {
      if (name !== 'photos.get') throw new Error(`the photo cache has no business calling ${name}`);
      return getPhoto(input.id);
    }) as PhotoCore['invoke'],
    onEvent: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };

  return {
    core,
    fetched,
    /** The core answers every photos.get still waiting. */
    async answerAll() {
      for (const answer of answers.splice(0)) answer();
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
    },
    edit(id: string, caption: string) {
      stored.set(id, { ...photo(id, caption), updatedAt: '2025-03-04T12:05:00.000Z' });
    },
    emit<K extends EventName>(name: K, payload: Events[K]) {
      for (const listener of listeners.get(name) ?? []) (listener as (p: Events[K]) => void)(payload);
    },
    listenerCount: (name: EventName) => listeners.get(name)?.size ?? 0,
    set unreachable(value: boolean) {
      unreachable = value;
    },
  };
}

describe('the photo cache', () => {
  it('fetches a photo once however often it is asked for, and tells every subscriber when it comes', async () => {
    const core = library();
    const cache = createPhotoCache(core.core);
    let told = 0;
    cache.subscribe(() => (told += 1));
    cache.request([ids.brand]);
    cache.request([ids.brand, ids.brand]);
    expect(cache.entry(ids.brand)).toEqual({ photo: null, error: null });
    await core.answerAll();
    cache.request([ids.brand]);
    expect(core.fetched).toEqual([ids.brand]);
    expect(cache.entry(ids.brand).photo?.caption).toBe('Branden i Hovsjö');
    expect(cache.peek(ids.brand)?.creditLine).toBe('Foto: Alexander Isa');
    expect(told).toBe(1);
    expect(cache.version()).toBe(1);
  });

  it('follows a held photo changed in another window, and leaves photos nobody asked for alone', async () => {
    const core = library();
    const cache = createPhotoCache(core.core);
    cache.request([ids.brand]);
    await core.answerAll();
    core.edit(ids.brand, 'Branden i Hovsjö släcktes vid midnatt');
    core.emit('photo.changed', { id: ids.brand, change: 'updated' });
    core.emit('photo.changed', { id: ids.moose, change: 'updated' });
    await core.answerAll();
    expect(core.fetched).toEqual([ids.brand, ids.brand]);
    expect(cache.peek(ids.brand)?.caption).toBe('Branden i Hovsjö släcktes vid midnatt');
    expect(cache.peek(ids.moose)).toBeNull();
    // One listener per event, however many photos were asked for.
    expect(core.listenerCount('photo.changed')).toBe(1);
  });

  it('fetches every held photo again when an article is trashed, restored or deleted, not when one is saved', async () => {
    const core = library();
    const cache = createPhotoCache(core.core);
    cache.request([ids.brand, ids.moose]);
    await core.answerAll();
    core.emit('article.changed', { id: 'x', change: 'saved', revision: 2, sessionId: null });
    await core.answerAll();
    expect(core.fetched).toHaveLength(2);
    core.emit('article.changed', { id: 'x', change: 'trashed', revision: 2, sessionId: null });
    await core.answerAll();
    expect(core.fetched.slice(2).sort()).toEqual([ids.brand, ids.moose].sort());
  });

  it('keeps the photo it held when fetching it again fails, with the error beside it', async () => {
    const core = library();
    const cache = createPhotoCache(core.core);
    cache.request([ids.brand]);
    await core.answerAll();
    core.unreachable = true;
    await Promise.all([cache.refresh(ids.brand), core.answerAll()]);
    const { photo: held, error } = cache.entry(ids.brand);
    expect(held?.caption).toBe('Branden i Hovsjö');
    expect(error instanceof SpaltError && error.code).toBe('unreachable');

    core.unreachable = false;
    await Promise.all([cache.refresh(ids.brand), core.answerAll()]);
    expect(cache.entry(ids.brand).error).toBeNull();
  });

  it('holds a photo the core just returned without asking for it again', () => {
    const core = library();
    const cache = createPhotoCache(core.core);
    cache.remember({ ...photo(ids.council, 'Kommunfullmäktige i Södertälje'), updatedAt: '2025-03-04T12:09:00.000Z' });
    cache.request([ids.council]);
    expect(core.fetched).toEqual([]);
    expect(cache.peek(ids.council)?.caption).toBe('Kommunfullmäktige i Södertälje');
    expect(cache.entry(null)).toEqual({ photo: null, error: null });
  });
});
