/**
 * A large photo library for benchmarks and end-to-end tests, in a real profile folder that the
 * real server (`npm run serve`, tests/support/spalt-process.ts) opens and serves.
 *
 *   const seeded = await seedPhotoLibrary(dataDir, 10_000);
 *   // seeded.ids: every photo id, newest first; seeded.imported: the real imports
 *
 * A handful of real images (made with sharp, credits written by exiftool) go through the core's
 * own import; then `count` more rows are inserted in one transaction, each with its own id and
 * content hash, whose files are hard links to the real renditions (copies where the file system
 * cannot link). Captions, credits, types and problems vary, so search and filters find things:
 * every 7th photo lacks a credit, every 11th lacks alt text, every 13th has a file name as alt.
 * Call it before the server starts; it opens and closes the database itself.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CreditType, Photo, PhotoEdit } from '../../shared/article/photo';
import { emptyCredit } from '../../shared/article/photo';
import { databaseFileName, openDatabase } from '../../main/db/open';
import { insertPhoto } from '../../main/db/photos';
import { EventBus } from '../../main/events';
import { photoHandlers } from '../../main/handlers/photos';
import { originalPath, photoFolder, renditionPath } from '../../main/media/store';
import { makePhoto, writeMetadata } from './photo-fixtures';

export interface SeededLibrary {
  /** Every photo's id, newest first (the library's order). */
  ids: string[];
  /** The photos that went through the real import, with their records. */
  imported: Photo[];
}

const places = ['Södertälje', 'Järna', 'Hölö', 'Mölnbo', 'Ronna', 'Geneta', 'Hovsjö', 'Östertälje', 'Enhörna', 'Pershagen'];
const subjects = [
  'Polisbilar utanför anstalten Hall',
  'Väntande resenärer på stationen',
  'Båtar vid Mälarhamnen',
  'Elever på skolgården',
  'Brandbilar vid idrottshallen',
  'Kommunfullmäktige i sammanträde',
  'Marknadsdag på torget',
  'Snöröjning längs Storgatan',
  'Fotbollsmatch på Södertälje fotbollsarena',
  'Nya bostäder i stadsdelen',
];
const credits: Array<{ type: CreditType; name: string; organisation: string }> = [
  { type: 'staff', name: 'Alexander Isa', organisation: '' },
  { type: 'staff', name: 'Åsa Öberg', organisation: '' },
  { type: 'freelance', name: 'Erik Ärlig', organisation: '' },
  { type: 'agency', name: 'Anna Svensson', organisation: 'TT' },
  { type: 'stock', name: '', organisation: 'Pexels' },
  { type: 'handout', name: '', organisation: '' },
  { type: 'archive', name: 'Lars Lund', organisation: '' },
  { type: 'illustration', name: 'Lisa Ek', organisation: '' },
];

function editFor(i: number): PhotoEdit {
  const place = places[i % places.length]!;
  const subject = subjects[Math.floor(i / places.length) % subjects.length]!;
  const credit = credits[i % credits.length]!;
  const missingCredit = i % 7 === 0;
  const alt = i % 11 === 0 ? '' : i % 13 === 0 ? `IMG_${1000 + i}.jpg` : `${subject}, ${place}`;
  return {
    caption: `${subject} i ${place}. Bild ${i + 1}.`,
    alt,
    credit: missingCredit
      ? { ...emptyCredit }
      : { ...emptyCredit, ...credit, oneTimeUse: i % 17 === 0, expiresOn: i % 19 === 0 ? '2020-12-31' : null },
  };
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** A few real photos through the real import: varied sizes, one portrait, credits in the files. */
async function importReal(handlers: ReturnType<typeof photoHandlers>, scratch: string): Promise<Photo[]> {
  const shapes = [
    { width: 2400, height: 1600 },
    { width: 1600, height: 2400 },
    { width: 2000, height: 2000 },
    { width: 3000, height: 1688 },
    { width: 1200, height: 900 },
    { width: 2200, height: 1467 },
  ];
  const photos: Photo[] = [];
  for (const [i, shape] of shapes.entries()) {
    const file = await makePhoto(join(scratch, `seed-${i}.jpg`), { ...shape, seed: 500 + i, quality: 85 });
    const credit = credits[i % credits.length]!;
    await writeMetadata(file, {
      'IPTC:By-line': credit.name || 'Okänd fotograf',
      'IPTC:Credit': credit.organisation || 'Länstidningen',
      'IPTC:Caption-Abstract': `${subjects[i]} i ${places[i]}`,
    });
    const { photo } = await handlers['photos.import']({ fileName: `seed-${i}.jpg`, data: new Uint8Array(await readFile(file)) });
    photos.push(photo);
  }
  return photos;
}

export async function seedPhotoLibrary(dataDir: string, count: number): Promise<SeededLibrary> {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, databaseFileName));
  const scratch = mkdtempSync(join(tmpdir(), 'spalt-seed-photos-'));
  try {
    const started = Date.parse('2026-11-20T12:00:00.000Z');
    const handlers = photoHandlers({ db, events: new EventBus(), dataDir, now: () => new Date(started).toISOString() });
    const imported = await importReal(handlers, scratch);
    const ids: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const source = imported[i % imported.length]!;
        const hash = createHash('sha256').update(`spalt-seeded-photo-${i}`).digest('hex');
        mkdirSync(photoFolder(dataDir, hash), { recursive: true });
        linkOrCopy(originalPath(dataDir, source.hash, source.mimeType), originalPath(dataDir, hash, source.mimeType));
        for (const rendition of ['thumb', 'web'] as const) {
          const { mimeType } = source.renditions[rendition];
          linkOrCopy(renditionPath(dataDir, source.hash, rendition, mimeType), renditionPath(dataDir, hash, rendition, mimeType));
        }
        const id = randomUUID();
        ids.push(id);
        insertPhoto(db, {
          id,
          hash,
          fileName: `IMG_${String(10_000 + i)}.jpg`,
          mimeType: source.mimeType,
          bytes: source.bytes,
          width: source.width,
          height: source.height,
          takenAt: null,
          // One a minute, going back in time: the first seeded is the newest.
          importedAt: new Date(started - (i + 1) * 60_000).toISOString(),
          edit: editFor(i),
          embedded: source.embedded,
          prefilledFrom: {},
          renditions: source.renditions,
        });
      }
    })();
    return { ids: [...imported.map((p) => p.id).reverse(), ...ids], imported };
  } finally {
    db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface PhotoLibrary {
  db: Database;
  handlers: ReturnType<typeof photoHandlers>;
  events: EventBus;
  dataDir: string;
  /** Moves the library's clock; ISO instant. */
  setNow: (instant: string) => void;
  close: () => void;
}

/**
 * The photo library's half of the core on a real profile folder: the migrated SQLite file and
 * the photos.* handlers, without the rest of the app. For unit tests of the library.
 */
export function openPhotoLibrary(dataDir: string, now = '2026-11-20T12:00:00.000Z'): PhotoLibrary {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, databaseFileName));
  const events = new EventBus();
  let clock = now;
  const handlers = photoHandlers({ db, events, dataDir, now: () => clock });
  return { db, handlers, events, dataDir, setNow: (instant) => (clock = instant), close: () => db.close() };
}
