import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { photoLimits } from '../../shared/article/photo-fields';
import { SpaltError, type ErrorCode } from '../../shared/errors';
import { createCore } from '../../main/core';
import { makePhoto, writeOversizedFile } from '../support/photo-fixtures';
import type { PhotoLibrary } from '../support/photo-library';
import { usePhotoFixtures, usePhotoLibraries } from '../support/photo-test-setup';

const fixtures = usePhotoFixtures('spalt-photo-bad-');
const { files } = fixtures;
const library = usePhotoLibraries();
let badFiles: Record<string, string>;

beforeAll(async () => {
  const fixtureDir = fixtures.dir;
  badFiles = {
    // 11,000 × 11,000 = 121 megapixels of one colour: a small file, a huge image.
    tooManyPixels: await makePhoto(join(fixtureDir, 'jattebild.png'), { width: 11_000, height: 11_000, format: 'png', solid: true }),
    tooLarge: await writeOversizedFile(join(fixtureDir, 'för-stor.jpg'), photoLimits.fileBytes + 1),
  };
  // A PNG signature followed by nothing sensible: it claims to be an image and is not readable.
  writeFileSync(
    join(fixtureDir, 'trasig.png'),
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]),
  );
  badFiles.badPng = join(fixtureDir, 'trasig.png');
}, 120_000);

function storedFiles(lib: PhotoLibrary): string[] {
  try {
    return readdirSync(join(lib.dataDir, 'photos'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

async function refusal(lib: PhotoLibrary, path: string): Promise<SpaltError> {
  const name = path.split('/').at(-1) ?? '';
  const error = await lib.handlers['photos.import']({ fileName: name, data: new Uint8Array(readFileSync(path)) }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpaltError);
  return error as SpaltError;
}

describe('files the library refuses', () => {
  const cases: Array<[string, () => string, ErrorCode, RegExp]> = [
    ['a text file named .jpg', () => files.notImage, 'photo_unsupported', /ingen bild som Spalt kan läsa/],
    ['a JPEG cut in half', () => files.truncated, 'photo_damaged', /skadad eller ofullständig/],
    ['a PNG with nothing after its signature', () => badFiles.badPng!, 'photo_damaged', /skadad eller ofullständig/],
    ['a 0-byte file', () => files.empty, 'photo_empty', /är tom \(0 byte\)/],
    ['an image over the pixel limit', () => badFiles.tooManyPixels!, 'photo_too_many_pixels', /121 megapixel, högst 120/],
    ['a file over the size limit', () => badFiles.tooLarge!, 'photo_too_large', /för stor \(51 MB\).*50 MB/],
  ];

  for (const [what, file, code, message] of cases) {
    it(`refuses ${what} in words, stores nothing, and keeps working`, async () => {
      const lib = library();
      const path = file();
      const name = path.split('/').at(-1) ?? '';
      const error = await refusal(lib, path);
      expect(error.code).toBe(code);
      expect(error.messages.sv).toContain(`”${name}”`);
      expect(error.messages.en).toContain(`“${name}”`);
      expect(error.messages.sv).toMatch(message);
      expect(storedFiles(lib)).toEqual([]);
      expect(lib.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 0 });
      expect(lib.db.prepare('SELECT count(*) AS n FROM photo_search').get()).toEqual({ n: 0 });

      const { photo, duplicate } = await lib.handlers['photos.import']({
        fileName: 'bra.jpg',
        data: new Uint8Array(readFileSync(files.iptc)),
      });
      expect(duplicate).toBe(false);
      expect(photo.fileName).toBe('bra.jpg');
      expect(storedFiles(lib)).toHaveLength(3);
    });
  }

  it('judges a file by its bytes, not its name: a real PNG named .jpg is a PNG', async () => {
    const { photo } = await library().handlers['photos.import']({ fileName: 'felnamn.jpg', data: new Uint8Array(readFileSync(files.png)) });
    expect(photo.mimeType).toBe('image/png');
  });

  it('names the file by its last path segment, as plain text', async () => {
    const lib = library();
    const error = await lib.handlers['photos.import']({ fileName: 'C:\\Users\\red\\..\\tom\u0007.jpg', data: new Uint8Array() }).catch(
      (e: unknown) => e,
    );
    expect((error as SpaltError).details.fileName).toBe('tom.jpg');
  });

  it('leaves nothing behind when storing fails half-way', async () => {
    const lib = library();
    // A folder where the web rendition's file would go makes the rename fail after other files landed.
    const data = new Uint8Array(readFileSync(files.exif));
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(data).digest('hex');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(lib.dataDir, 'photos', hash.slice(0, 2), `${hash}.web.jpg`, 'blocker'), { recursive: true });
    await expect(lib.handlers['photos.import']({ fileName: 'exif.jpg', data })).rejects.toThrow();
    expect(storedFiles(lib)).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 0 });
  });

  it('sweeps away, when the app starts, the temporary files an import cut short by a crash left, and nothing else', async () => {
    const lib = library();
    const { photo } = await lib.handlers['photos.import']({ fileName: 'bra.jpg', data: new Uint8Array(readFileSync(files.exif)) });
    const folder = join(lib.dataDir, 'photos', photo.hash.slice(0, 2));
    const stray = join(folder, `${photo.hash}.web.jpg.0123456789ab.tmp`);
    const writing = join(folder, `${photo.hash}.thumb.webp.ba9876543210.tmp`);
    writeFileSync(stray, 'halva bilden');
    writeFileSync(writing, 'en import som pågår');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60_000);
    utimesSync(stray, twoHoursAgo, twoHoursAgo);
    const before = storedFiles(lib)
      .filter((name) => !name.endsWith('.tmp'))
      .sort();
    expect(before).toHaveLength(3);

    // The whole core, as the app starts it, on the same profile folder.
    const core = createCore({ dataDir: lib.dataDir, version: 'test' });
    try {
      await expect.poll(() => existsSync(stray)).toBe(false);
      expect(existsSync(writing)).toBe(true);
      expect(
        storedFiles(lib)
          .filter((name) => !name.endsWith('.tmp'))
          .sort(),
      ).toEqual(before);
      expect((await core.handlers['photos.get']({ id: photo.id })).hash).toBe(photo.hash);
    } finally {
      core.close();
    }
  });
});
