/** Vitest setup shared by the photo library's tests: the fixture photos, and libraries that close after each test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { writePhotoFixtures, type PhotoFixtures } from './photo-fixtures';
import { openPhotoLibrary, type PhotoLibrary } from './photo-library';
import { useTempDir } from './temp-dir';

export interface FixturePhotos {
  /** Filled in before the file's tests run. */
  files: PhotoFixtures;
  /** The folder they are in, for a test file's own extra files. */
  dir: string;
}

/** The named fixture photos (photo-fixtures.ts), written once per test file and removed after it. */
export function usePhotoFixtures(prefix: string): FixturePhotos {
  const fixtures: FixturePhotos = { files: {} as PhotoFixtures, dir: '' };
  beforeAll(async () => {
    fixtures.dir = mkdtempSync(join(tmpdir(), prefix));
    Object.assign(fixtures.files, await writePhotoFixtures(fixtures.dir));
  });
  afterAll(() => rmSync(fixtures.dir, { recursive: true, force: true }));
  return fixtures;
}

/** Opens a photo library (a core) in a fresh data folder; each is closed after its test. */
export function usePhotoLibraries(): () => PhotoLibrary {
  const tempDir = useTempDir();
  const opened: PhotoLibrary[] = [];
  // Registered after useTempDir's, so it runs first: a library closes before its folder goes.
  afterEach(() => opened.splice(0).forEach((library) => library.close()));
  return () => {
    const library = openPhotoLibrary(tempDir());
    opened.push(library);
    return library;
  };
}
