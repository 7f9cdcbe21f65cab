import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { embeddedFields } from '../../shared/article/photo-fields';
import { savePerson } from '../../main/db/people';
import { renditionPath } from '../../main/media/store';
import { fixtureText, makePhoto, rotatedMarker, writeMetadata } from '../support/photo-fixtures';
import type { PhotoLibrary } from '../support/photo-library';
import { usePhotoFixtures, usePhotoLibraries } from '../support/photo-test-setup';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const { files } = usePhotoFixtures('spalt-photo-fixtures-');
const library = usePhotoLibraries();

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const fileName = (path: string) => path.split('/').at(-1) ?? path;

async function importFixture(lib: PhotoLibrary, path: string) {
  return lib.handlers['photos.import']({ fileName: fileName(path), data: bytes(path) });
}

/** Every file under the library's photo store. */
function storedFiles(lib: PhotoLibrary): string[] {
  try {
    return readdirSync(join(lib.dataDir, 'photos'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

describe('embedded credits prefill the photo', () => {
  it('reads IPTC and says where each value came from', async () => {
    const { photo } = await importFixture(library(), files.iptc);
    const { iptc } = fixtureText;
    expect(photo.embedded.fields).toMatchObject({
      iptcByline: iptc.byline,
      iptcCredit: iptc.credit,
      iptcSource: iptc.source,
      iptcCopyright: iptc.copyright,
      iptcCaption: iptc.caption,
      iptcHeadline: iptc.headline,
    });
    expect(photo.credit).toMatchObject({ name: iptc.byline, organisation: iptc.credit, licence: iptc.copyright });
    expect(photo.caption).toBe(iptc.caption);
    expect(photo.prefilledFrom).toEqual({
      name: 'iptcByline',
      organisation: 'iptcCredit',
      caption: 'iptcCaption',
      licence: 'iptcCopyright',
    });
    // What the user reads beside each prefilled value.
    expect(embeddedFields[photo.prefilledFrom.name!]).toBe('IPTC By-line');
    expect(embeddedFields[photo.prefilledFrom.caption!]).toBe('IPTC Caption-Abstract');
    expect(photo.alt).toBe('');
    expect(photo.problems).toContain('missing_alt');
  });

  it('reads XMP', async () => {
    const { photo } = await importFixture(library(), files.xmp);
    const { xmp } = fixtureText;
    expect(photo.credit).toMatchObject({ name: xmp.creator, organisation: xmp.credit, licence: xmp.rights });
    expect(photo.caption).toBe(xmp.description);
    expect(photo.prefilledFrom).toEqual({ name: 'xmpCreator', organisation: 'xmpCredit', caption: 'xmpDescription', licence: 'xmpRights' });
    expect(embeddedFields[photo.prefilledFrom.organisation!]).toBe('XMP photoshop:Credit');
    // An agency named in the file makes the type plain, and so the credit line.
    expect(photo.credit.type).toBe('agency');
    expect(photo.creditLine).toBe(`Foto: ${xmp.creator}/${xmp.credit}`);
  });

  it('reads EXIF, including when the photo was taken (camera time is Stockholm time)', async () => {
    const { photo } = await importFixture(library(), files.exif);
    const { exif } = fixtureText;
    expect(photo.credit).toMatchObject({ name: exif.artist, licence: exif.copyright, organisation: '' });
    expect(photo.caption).toBe(exif.description);
    expect(photo.takenAt).toBe('2026-10-14T07:41:07.000Z');
    expect(photo.embedded.fields.exifDateTimeOriginal).toBe(exif.dateTimeOriginal);
    expect(photo.prefilledFrom).toEqual({
      name: 'exifArtist',
      caption: 'exifDescription',
      licence: 'exifCopyright',
      takenAt: 'exifDateTimeOriginal',
    });
  });

  it('prefers IPTC to XMP to EXIF, field by field', async () => {
    const { photo } = await importFixture(library(), files.layered);
    const { layered } = fixtureText;
    expect(photo.credit.name).toBe(layered.iptcByline);
    expect(photo.credit.organisation).toBe(layered.xmpCredit);
    expect(photo.caption).toBe(layered.xmpDescription);
    expect(photo.credit.licence).toBe(layered.xmpRights);
    expect(photo.prefilledFrom).toEqual({ name: 'iptcByline', organisation: 'xmpCredit', caption: 'xmpDescription', licence: 'xmpRights' });
    // The losing values are still shown as found.
    expect(photo.embedded.fields).toMatchObject({
      xmpCreator: layered.xmpCreator,
      exifArtist: layered.exifArtist,
      iptcSource: layered.iptcSource,
    });
  });

  it('takes IPTC Source for the organisation when the file has no Credit', async () => {
    const file = await makePhoto(join(tempDir(), 'source-only.jpg'), { width: 640, height: 480, seed: 40 });
    await writeMetadata(file, { 'IPTC:Source': 'Scanpix', 'EXIF:Artist': 'Nils Nilsson' });
    const { photo } = await importFixture(library(), file);
    expect(photo.credit).toMatchObject({ name: 'Nils Nilsson', organisation: 'Scanpix', type: 'agency' });
    expect(photo.prefilledFrom).toEqual({ name: 'exifArtist', organisation: 'iptcSource' });
    expect(photo.creditLine).toBe('Foto: Nils Nilsson/Scanpix');
  });

  it("does not take a camera maker's default description for a caption", async () => {
    const { photo } = await importFixture(library(), files.cameraDefault);
    expect(photo.embedded.fields.exifDescription).toBe('OLYMPUS DIGITAL CAMERA');
    expect(photo.caption).toBe('');
    expect(photo.prefilledFrom.caption).toBeUndefined();
  });

  it('reads XMP and EXIF from PNG and WebP files too', async () => {
    const lib = library();
    expect((await importFixture(lib, files.png)).photo.credit.name).toBe(fixtureText.png.creator);
    const webp = (await importFixture(lib, files.webp)).photo;
    expect(webp.credit.name).toBe(fixtureText.webp.creator);
    expect(webp.embedded.fields.exifArtist).toBe(fixtureText.webp.artist);
  });

  it('links a name of the people registry: staff get the staff credit line', async () => {
    const lib = library();
    const person = savePerson(
      lib.db,
      { id: '6a1d1c55-1c1f-4d87-9a55-5c2f2a3f6f01', name: 'Alexander Isa', kind: 'photographer', title: '' },
      '2026-01-01T00:00:00.000Z',
    );
    const { photo } = await importFixture(lib, files.iptc);
    expect(photo.credit).toMatchObject({ type: 'staff', personId: person.id, name: 'Alexander Isa' });
    expect(photo.creditLine).toBe('Foto: Alexander Isa');
    expect(photo.problems).not.toContain('missing_credit');
  });

  it('keeps hostile metadata as plain text, without control characters', async () => {
    const { photo } = await importFixture(library(), files.hostileMetadata);
    const { hostile } = fixtureText;
    expect(photo.credit.name).toBe(hostile.img);
    expect(photo.credit.organisation).toBe(hostile.script);
    expect(photo.embedded.fields.iptcHeadline).toBe(hostile.script);
    expect(photo.embedded.fields.xmpDescription).toBe(hostile.script);
    expect(photo.caption).toBe('Bildtext[31m med kontroll tecken och radbrytning');
    const texts = [
      photo.caption,
      photo.credit.name,
      photo.credit.organisation,
      photo.credit.licence,
      ...Object.values(photo.embedded.fields),
    ];
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe('the store', () => {
  it('keeps one photo per file content: the same file again is a duplicate and writes nothing', async () => {
    const lib = library();
    const changes: string[] = [];
    lib.events.on('photo.changed', ({ id, change }) => changes.push(`${change}:${id}`));
    const first = await importFixture(lib, files.iptc);
    const filesAfterFirst = storedFiles(lib);
    expect(filesAfterFirst).toEqual([`${first.photo.hash}.jpg`, `${first.photo.hash}.thumb.webp`, `${first.photo.hash}.web.jpg`].sort());
    const again = await lib.handlers['photos.import']({ fileName: 'renamed-copy.jpg', data: bytes(files.iptc) });
    expect(again.duplicate).toBe(true);
    expect(again.photo.id).toBe(first.photo.id);
    expect(again.photo.fileName).toBe('iptc-credit.jpg');
    expect(storedFiles(lib)).toEqual(filesAfterFirst);
    expect((await lib.handlers['photos.list']({ query: '', creditType: null, missing: false, offset: 0, limit: 10 })).total).toBe(1);
    expect(changes).toEqual([`imported:${first.photo.id}`]);
  });

  it('imports the same file once when it arrives twice at the same time', async () => {
    const lib = library();
    const [a, b] = await Promise.all([importFixture(lib, files.exif), importFixture(lib, files.exif)]);
    expect(a.photo.id).toBe(b.photo.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(storedFiles(lib)).toHaveLength(3);
  });

  it('keeps the original byte for byte under its SHA-256', async () => {
    const lib = library();
    const { photo } = await importFixture(lib, files.gps);
    const stored = readFileSync(join(lib.dataDir, 'photos', photo.hash.slice(0, 2), `${photo.hash}.jpg`));
    expect(stored.equals(readFileSync(files.gps))).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(photo.hash).toBe(createHash('sha256').update(stored).digest('hex'));
  });
});

describe('renditions', () => {
  const renditionFile = (
    lib: PhotoLibrary,
    photo: { hash: string; renditions: Record<'thumb' | 'web', { mimeType: string }> },
    name: 'thumb' | 'web',
  ) => renditionPath(lib.dataDir, photo.hash, name, photo.renditions[name].mimeType);

  it('brings a 6000×4000 photo down to 2560×1707 for the web and 400 px for the thumbnail', async () => {
    const lib = library();
    const { photo } = await importFixture(lib, files.large);
    expect(photo).toMatchObject({ width: 6000, height: 4000 });
    expect(photo.renditions.web).toMatchObject({ width: 2560, height: 1707, mimeType: 'image/jpeg' });
    expect(photo.renditions.thumb).toMatchObject({ width: 400, height: 267, mimeType: 'image/webp' });
    const web = await sharp(renditionFile(lib, photo, 'web')).metadata();
    expect([web.format, web.width, web.height]).toEqual(['jpeg', 2560, 1707]);
    const thumb = await sharp(renditionFile(lib, photo, 'thumb')).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 400, 267]);
    expect(photo.renditions.web.bytes).toBe(readFileSync(renditionFile(lib, photo, 'web')).length);
  });

  it('never enlarges a small photo', async () => {
    const { photo } = await importFixture(library(), files.gif);
    expect(photo.renditions.web).toMatchObject({ width: 320, height: 240 });
    expect(photo.renditions.thumb).toMatchObject({ width: 320, height: 240 });
  });

  it('applies the EXIF orientation: stored 1200×800 turned a quarter is shown 800×1200', async () => {
    const lib = library();
    const { photo } = await importFixture(lib, files.rotated);
    expect(photo).toMatchObject({ width: 800, height: 1200 });
    expect(photo.renditions.web).toMatchObject({ width: 800, height: 1200 });
    const file = renditionFile(lib, photo, 'web');
    expect((await sharp(file).metadata()).orientation).toBeUndefined();
    // The stored top-left red corner is at the top right once turned clockwise.
    const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const inset = rotatedMarker.corner / 2;
    const [r, g, b] = pixel(info.width - inset, inset) as [number, number, number];
    expect(r).toBeGreaterThan(200);
    expect(g + b).toBeLessThan(80);
    const [r2, g2] = pixel(inset, inset) as [number, number];
    expect(r2 > 200 && g2 < 40).toBe(false);
  });

  it('strips GPS and every other metadata block from both renditions', async () => {
    const lib = library();
    const { photo } = await importFixture(lib, files.gps);
    expect(photo.embedded.hasGps).toBe(true);
    expect(await exifr.gps(files.gps)).toMatchObject({ latitude: expect.closeTo(fixtureText.gps.latitude, 3) });
    // exifr reads JPEG (the web version); sharp tells for both, WebP included.
    const web = renditionFile(lib, photo, 'web');
    expect(await exifr.parse(web, { tiff: true, exif: true, gps: true, xmp: true, iptc: true })).toBeUndefined();
    expect(await exifr.gps(web)).toBeUndefined();
    for (const name of ['web', 'thumb'] as const) {
      const metadata = await sharp(renditionFile(lib, photo, name)).metadata();
      expect([metadata.exif, metadata.iptc, metadata.xmp]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('keeps transparency as PNG and makes an opaque GIF a JPEG of its first frame', async () => {
    const lib = library();
    const { photo: png } = await importFixture(lib, files.png);
    expect(png.renditions.web.mimeType).toBe('image/png');
    expect((await sharp(renditionFile(lib, png, 'web')).metadata()).hasAlpha).toBe(true);
    const { photo: gif } = await importFixture(lib, files.gif);
    expect(gif.mimeType).toBe('image/gif');
    expect(gif.renditions.web.mimeType).toBe('image/jpeg');
    expect((await sharp(renditionFile(lib, gif, 'web')).metadata()).pages).toBeUndefined();
  });
});
