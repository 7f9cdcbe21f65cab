import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Photo } from '../../shared/article/photo';
import { photoLimits } from '../../shared/article/photo-fields';
import { photoMediaPath } from '../../shared/article/photo-media';
import { fromWireJson, toWireJson } from '../../shared/wire';
import { renditionPath } from '../../main/media/store';
import { formattedBody } from '../support/bodies';
import { usePhotoFixtures } from '../support/photo-test-setup';
import { send, useBrowserModeServer, type Reply } from '../support/browser-mode-server';

const harness = useBrowserModeServer();
const { files } = usePhotoFixtures('spalt-photo-http-');

async function start() {
  const { core, server, dataDir, port } = await harness.start();
  // The browser's way in: the token in the address is traded for a cookie.
  const traded = await send(port, `/?token=${server.token}`);
  const cookie = String(traded.headers['set-cookie']).split(';')[0] ?? '';
  const invoke = (name: string, input: unknown) =>
    send(port, `/api/invoke/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: toWireJson(input) });
  return { core, dataDir, port, cookie, invoke };
}

const answer = <T>(reply: Reply) =>
  fromWireJson(reply.body) as { ok: true; value: T } | { ok: false; error: { code: string; message: { sv: string; en: string } } };

describe('photos over HTTP', () => {
  it('imports a photo sent as wire-encoded bytes and serves its renditions to the app only', async () => {
    const { dataDir, port, cookie, invoke } = await start();
    const reply = await invoke('photos.import', { fileName: 'iptc-credit.jpg', data: new Uint8Array(readFileSync(files.iptc)) });
    expect(reply.status).toBe(200);
    const result = answer<{ photo: Photo; duplicate: boolean }>(reply);
    if (!result.ok) throw new Error(result.error.code);
    const { photo } = result.value;
    expect(photo.credit.name).toBe('Alexander Isa');

    for (const rendition of ['thumb', 'web'] as const) {
      const path = photoMediaPath(photo.id, rendition);
      const served = await send(port, path, { headers: { cookie } });
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe(photo.renditions[rendition].mimeType);
      expect(served.headers['cache-control']).toBe('private, max-age=31536000, immutable');
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.bytes.equals(readFileSync(renditionPath(dataDir, photo.hash, rendition, photo.renditions[rendition].mimeType)))).toBe(
        true,
      );
      const head = await send(port, path, { method: 'HEAD', headers: { cookie } });
      expect([head.status, head.headers['content-length'], head.bytes.length]).toEqual([200, String(served.bytes.length), 0]);

      // Without the token, from a foreign host or page: refused like every other request.
      expect((await send(port, path)).status).toBe(403);
      expect((await send(port, path, { headers: { cookie, host: `evil.example:${port}` } })).status).toBe(403);
      expect((await send(port, path, { headers: { cookie, origin: 'https://evil.example' } })).status).toBe(403);
    }
    const notFound = [
      '/media/photos/9f1c1a2e-5d4b-4c3a-8e2f-1a2b3c4d5e6f/web',
      `/media/photos/${photo.id}/original`,
      `/media/photos/${photo.id}`,
      '/media/photos/..%2F..%2Fspalt.sqlite/web',
      '/media/other',
    ];
    for (const path of notFound) {
      const reply404 = await send(port, path, { headers: { cookie } });
      expect(reply404.status, path).toBe(404);
      expect(reply404.body.toString()).not.toContain('SQLite');
    }
    expect((await send(port, photoMediaPath(photo.id, 'web'), { method: 'POST', headers: { cookie } })).status).toBe(405);
  });

  it('answers a bad file in words, with its name', async () => {
    const { invoke } = await start();
    const reply = await invoke('photos.import', { fileName: 'not-an-image.jpg', data: new Uint8Array(readFileSync(files.notImage)) });
    expect(reply.status).toBe(422);
    const result = answer(reply);
    expect(result).toMatchObject({ ok: false, error: { code: 'photo_unsupported' } });
    if (!result.ok) expect(result.error.message.sv).toContain('”not-an-image.jpg”');
  });

  it('answers a file too large for the request limit as a photo too large, naming it', async () => {
    const { port, cookie, invoke } = await start();
    // Base64 of this many bytes is over the adapter's limit, so the core never sees it.
    const size = Math.ceil(photoLimits.fileBytes * 1.05);
    const body = `{"fileName":"jättestor \\"bild\\".jpg","data":{"$bytes":"${'A'.repeat(Math.ceil((size * 4) / 3))}"}}`;
    const reply = await send(port, '/api/invoke/photos.import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
    });
    expect(reply.status).toBe(413);
    const result = answer(reply);
    expect(result).toMatchObject({ ok: false, error: { code: 'photo_too_large' } });
    if (!result.ok)
      expect(result.error.message.sv).toMatch(/^”jättestor "bild".jpg” är för stor \(53 MB\)\. Största tillåtna filstorlek är 50 MB/);
    // The server is still there for the next request.
    expect((await invoke('photos.list', {})).status).toBe(200);
  });

  it('keeps the "used in" list as articles are saved through the core', async () => {
    const { core, invoke } = await start();
    const { handlers } = core;
    const { photo } = await handlers['photos.import']({ fileName: 'gps.jpg', data: new Uint8Array(readFileSync(files.gps)) });
    const article = await handlers['articles.create']({ kind: 'news' });
    expect(article.mainPhotoId).toBeNull();
    const body = formattedBody();
    (body.root.children as unknown[]).push({ type: 'photo', version: 1, src: `spalt-photo:${photo.id}`, photoId: photo.id, alt: 'Bild' });
    await handlers['articles.save']({
      id: article.id,
      baseRevision: 0,
      draft: {
        kind: 'news',
        kicker: '',
        headline: 'Med bild',
        lead: '',
        bylines: [],
        label: '',
        disclaimer: '',
        sponsor: '',
        mainPhotoId: photo.id,
        body,
      },
    });
    expect((await handlers['articles.get']({ id: article.id })).mainPhotoId).toBe(photo.id);
    const reply = answer<Photo>(await invoke('photos.get', { id: photo.id }));
    expect(reply.ok && reply.value.uses.map((use) => [use.headline, use.role])).toEqual([
      ['Med bild', 'main'],
      ['Med bild', 'body'],
    ]);
  });
});
