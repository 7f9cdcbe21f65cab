/**
 * A Contributor's photos with a submission, against a real WordPress: the site refuses them
 * a media upload, so each web rendition (made by Spalt's own rendition code from a real image
 * file) travels in a companion draft; the editor lists them with credit, caption and alt text,
 * reads each back byte for byte, uploads it as media (the same bytes on the site) and deletes
 * the companion. Readers see none of it.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCredit } from '../../shared/article/photo';
import { makeRenditions } from '../../main/media/renditions';
import {
  listPhotos,
  maxCompanionRequestBytes,
  readPhoto,
  removePhoto,
  sendPhoto,
  type SubmissionPhoto,
} from '../../main/publish/wordpress/companion-photos';
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { submitForReview } from '../../main/publish/wordpress/review';
import { makePhoto, type FixtureFormat } from '../support/photo-fixtures';
import { fileTempDir } from './publish-support';
import { clientAs, failure, leaks, paragraph, whatReadersSee } from '../support/wordpress-workflow';
import { basicAuth, startWordPress, type WordPressSite } from '../wordpress/site';

let site: WordPressSite;
const temp = fileTempDir('spalt-companion-photos-');
let postId: number;

interface Sent {
  photo: SubmissionPhoto;
  bytes: Uint8Array;
}
const sent: Sent[] = [];

/** A real image file, through Spalt's rendition code to the web version the site would get. */
async function webRendition(
  name: string,
  options: { width: number; height: number; format: FixtureFormat; alpha?: boolean; seed: number },
): Promise<{ bytes: Uint8Array; mimeType: string; hash: string }> {
  const file = await makePhoto(join(temp.dir, name), { ...options, quality: 90 });
  const original = new Uint8Array(readFileSync(file));
  const { web } = await makeRenditions(original, options.format);
  return { bytes: new Uint8Array(web.data), mimeType: web.info.mimeType, hash: createHash('sha256').update(original).digest('hex') };
}

function describedPhoto(hash: string, fileName: string, mimeType: string, i: number): SubmissionPhoto {
  return {
    postId,
    photoHash: hash,
    fileName,
    mimeType: mimeType as SubmissionPhoto['mimeType'],
    credit: { ...emptyCredit, type: 'handout', name: 'Privat' },
    creditLine: 'Foto: Privat',
    caption: `Bron vid Igelsta & ”kanalen” <${i}> -- i kväll.`,
    alt: `Bron sedd från kajen, bild ${i}`,
  };
}

beforeAll(async () => {
  site = await startWordPress();
  const writer = clientAs(site, 'contributor');
  postId = (await writer.createPost({ title: 'Bron vid Igelsta', content: paragraph('Bron byggs om.'), status: 'draft' })).id;
  await submitForReview(writer, postId);
}, 120_000);

afterAll(async () => {
  await site?.stop();
  temp.remove();
});

describe('photos of a Contributor’s submission', () => {
  it('are refused as media for a Contributor, which is why they travel in companions', async () => {
    const { bytes } = await webRendition('refused.jpg', { width: 800, height: 600, format: 'jpeg', seed: 3 });
    const error = await failure(
      clientAs(site, 'contributor').uploadMedia(bytes, 'bron.jpg', 'image/jpeg', { slug: mediaMarker('a'.repeat(64)) }),
    );
    expect(error.code).toBe('wp_cannot_upload');
  });

  it('go with the submission, one companion per photo, and a second send changes nothing', async () => {
    const photos = [
      { name: 'bron.jpg', options: { width: 3200, height: 2400, format: 'jpeg' as const, seed: 11 } },
      { name: 'karta.png', options: { width: 1600, height: 1200, format: 'png' as const, alpha: true, seed: 12 } },
      { name: 'kajen.webp', options: { width: 1800, height: 1200, format: 'webp' as const, alpha: true, seed: 13 } },
    ];
    const writer = clientAs(site, 'contributor');
    for (const [i, { name, options }] of photos.entries()) {
      const { bytes, mimeType, hash } = await webRendition(name, options);
      const photo = describedPhoto(
        hash,
        name.replace(/\.\w+$/, mimeType === 'image/jpeg' ? '.jpg' : mimeType === 'image/png' ? '.png' : '.webp'),
        mimeType,
        i,
      );
      const companion = await sendPhoto(writer, photo, bytes);
      expect(companion).toMatchObject({ photoHash: hash, byteLength: bytes.byteLength, authorId: site.users.contributor.id });
      expect((await sendPhoto(writer, photo, bytes)).companionId).toBe(companion.companionId);
      sent.push({ photo, bytes });
    }
    expect(sent.map((s) => s.photo.mimeType)).toEqual(['image/jpeg', 'image/png', 'image/webp']);
  }, 120_000);

  it('are listed for the editor with credit, caption and alt text, read back byte for byte, uploaded, and their companions deleted', async () => {
    const editor = clientAs(site, 'editor');
    const listed = await listPhotos(editor, postId);
    expect(listed.map((p) => p.photoHash).sort()).toEqual(sent.map((s) => s.photo.photoHash).sort());
    for (const { photo, bytes } of sent) {
      const found = listed.find((p) => p.photoHash === photo.photoHash)!;
      expect(found).toMatchObject({ ...photo, byteLength: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });

      const read = await readPhoto(editor, found.companionId);
      expect(Buffer.from(read.bytes).equals(Buffer.from(bytes))).toBe(true);

      const media = await editor.uploadMedia(read.bytes, photo.fileName, photo.mimeType, {
        slug: mediaMarker(photo.photoHash),
        alt_text: photo.alt,
        caption: `${photo.caption} ${photo.creditLine}`,
      });
      const onSite = new Uint8Array(await (await fetch(media.source_url)).arrayBuffer());
      expect(Buffer.from(onSite).equals(Buffer.from(bytes))).toBe(true);

      await removePhoto(editor, found.companionId);
      const gone = await fetch(site.restUrl(`/wp/v2/posts/${found.companionId}?context=edit`), {
        headers: { Authorization: basicAuth(site.users.administrator) },
      });
      expect(gone.status).toBe(404);
    }
    expect(await listPhotos(editor, postId)).toEqual([]);
  }, 120_000);

  it('carries a 2,560 px JPEG rendition at its heaviest (pure noise) in one request under the limit', async () => {
    const noise = join(temp.dir, 'brus.jpg');
    await sharp({
      create: { width: 2560, height: 1920, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 90 } },
    })
      .jpeg({ quality: 95 })
      .toFile(noise);
    const original = new Uint8Array(readFileSync(noise));
    const { web } = await makeRenditions(original, 'jpeg');
    expect([web.info.width, web.info.height]).toEqual([2560, 1920]);
    const photo = describedPhoto(createHash('sha256').update(original).digest('hex'), 'brus.jpg', web.info.mimeType, 7);
    const started = performance.now();
    const companion = await sendPhoto(clientAs(site, 'contributor'), photo, new Uint8Array(web.data));
    const seconds = (performance.now() - started) / 1000;
    const request = Math.ceil((web.data.byteLength * 4) / 3) + 8_000;
    console.log(
      `heaviest 2,560 px JPEG rendition: ${(web.data.byteLength / 1e6).toFixed(2)} MB, about ${(request / 1e6).toFixed(2)} MB as a companion request (limit ${(maxCompanionRequestBytes / 1e6).toFixed(2)} MB), sent in ${seconds.toFixed(1)} s`,
    );
    expect(request).toBeLessThan(maxCompanionRequestBytes);
    const read = await readPhoto(clientAs(site, 'editor'), companion.companionId);
    expect(Buffer.from(read.bytes).equals(web.data)).toBe(true);
    await removePhoto(clientAs(site, 'editor'), companion.companionId);
  }, 120_000);

  it('refuses, sending nothing, a photo whose request would pass the limit', async () => {
    const { bytes, mimeType, hash } = await webRendition('brus.png', { width: 2560, height: 1920, format: 'png', alpha: true, seed: 21 });
    expect(bytes.byteLength).toBeGreaterThan(maxCompanionRequestBytes);
    const error = await failure(sendPhoto(clientAs(site, 'contributor'), describedPhoto(hash, 'brus.png', mimeType, 9), bytes));
    expect(error.code).toBe('wp_companion_too_large');
    expect(error.messages.sv).toContain('brus.png');
    expect(error.messages.sv).toContain('högst 7 MB');
    expect(await listPhotos(clientAs(site, 'editor'), postId)).toEqual([]);
  }, 120_000);

  it('are never visible to a logged-out reader', async () => {
    const { bytes, mimeType, hash } = await webRendition('synlig.jpg', { width: 1200, height: 800, format: 'jpeg', seed: 31 });
    const companion = await sendPhoto(clientAs(site, 'contributor'), describedPhoto(hash, 'synlig.jpg', mimeType, 31), bytes);
    const fragment = Buffer.from(bytes).toString('base64').slice(1000, 1060);
    const seen = await whatReadersSee(site, { search: ['spalt-photo-', 'Igelsta'], postIds: [postId, companion.companionId] });
    expect(leaks(seen, ['spalt-photo-', 'bild till', 'Det här utkastet hör till', fragment])).toEqual([]);
  });
});
