import { afterEach, describe, expect, it } from 'vitest';
import type { PhotoSummary } from '../../shared/article/photo';
import { photoMediaPath } from '../../shared/article/photo-media';
import { seedPhotoLibrary } from '../support/photo-library';
import { startSpaltProcess, type SpaltProcess } from '../support/spalt-process';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const processes: SpaltProcess[] = [];
afterEach(async () => {
  for (const spalt of processes.splice(0)) await spalt.stop();
});

describe('a seeded photo library', () => {
  it('is a library the real server lists, searches and serves', async () => {
    const dataDir = tempDir();
    const seeded = await seedPhotoLibrary(dataDir, 300);
    expect(seeded.ids).toHaveLength(306);
    const spalt = await startSpaltProcess(dataDir);
    processes.push(spalt);
    const headers = { 'x-spalt-token': spalt.token, 'content-type': 'application/json' };
    const list = async (input: object) => {
      const reply = await fetch(`${spalt.origin}/api/invoke/photos.list`, { method: 'POST', headers, body: JSON.stringify(input) });
      return ((await reply.json()) as { value: { total: number; items: PhotoSummary[] } }).value;
    };
    const first = await list({ limit: 20 });
    expect(first.total).toBe(306);
    expect(first.items.map((item) => item.id)).toEqual(seeded.ids.slice(0, 20));
    expect((await list({ query: 'Hovsjö' })).total).toBe(30);
    expect((await list({ creditType: 'none' })).total).toBeGreaterThan(40);
    expect((await list({ missing: true })).total).toBeGreaterThan(60);

    const last = seeded.ids.at(-1)!;
    for (const rendition of ['thumb', 'web'] as const) {
      const reply = await fetch(`${spalt.origin}${photoMediaPath(last, rendition)}`, { headers });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe(rendition === 'thumb' ? 'image/webp' : 'image/jpeg');
      expect((await reply.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  }, 90_000);
});
