/**
 * Importing one photo file: checked in the order a user can act on (empty, too large, not an
 * image, too many pixels, damaged), stored once by content hash, its embedded credit read and
 * prefilled, its renditions made from a single decode. An import either completes or leaves
 * nothing behind: no row, no file.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Metadata } from 'sharp';
import type { Photo } from '../../shared/article/photo';
import { photoLimits } from '../../shared/article/photo-fields';
import { SpaltError } from '../../shared/errors';
import { newsroomDate } from '../../shared/format/date';
import { listPeople } from '../db/people';
import { getPhoto, insertPhoto, photoIdForHash } from '../db/photos';
import { savedCreditType } from '../db/credit-sources';
import { readEmbedded } from './metadata';
import { prefill, type CreditLookup } from './prefill';
import { displayedSize, makeRenditions, mimeTypes, readHeader, sniffFormat, type PhotoFormat } from './renditions';
import { hashOf, originalPath, renditionPath, storeFiles } from './store';
import { plainText } from './text';

export interface ImportDeps {
  db: Database;
  dataDir: string;
  now: () => string;
}

export interface ImportResult {
  photo: Photo;
  duplicate: boolean;
}

const megabyte = 1024 * 1024;

/** The name as the user knows it: the last path segment, as plain text. */
export function displayFileName(fileName: string): string {
  const last = fileName.split(/[/\\]/).filter(Boolean).at(-1) ?? '';
  return plainText(last, photoLimits.fileName) || 'bild';
}

export function tooLarge(fileName: string, bytes: number): SpaltError {
  return new SpaltError('photo_too_large', {
    fileName,
    size: `${Math.ceil(bytes / megabyte)} MB`,
    max: `${photoLimits.fileBytes / megabyte} MB`,
  });
}

/** The checks that need no decoding, in the order the user can act on them. */
function checkFile(fileName: string, data: Uint8Array): PhotoFormat {
  if (data.length === 0) throw new SpaltError('photo_empty', { fileName });
  if (data.length > photoLimits.fileBytes) throw tooLarge(fileName, data.length);
  const format = sniffFormat(data);
  if (format === null) throw new SpaltError('photo_unsupported', { fileName });
  return format;
}

async function checkHeader(fileName: string, data: Uint8Array): Promise<Metadata> {
  let header: Metadata;
  try {
    header = await readHeader(data);
  } catch (error) {
    throw new SpaltError('photo_damaged', { fileName }, { cause: error });
  }
  const { width, height } = displayedSize(header);
  if (!(width > 0 && height > 0)) throw new SpaltError('photo_damaged', { fileName });
  if (width * height > photoLimits.pixels) {
    throw new SpaltError('photo_too_many_pixels', {
      fileName,
      pixels: Math.ceil((width * height) / 1_000_000),
      max: photoLimits.pixels / 1_000_000,
    });
  }
  return header;
}

function creditLookup(db: Database): CreditLookup {
  return {
    person: (name) => {
      const wanted = name.trim().toLocaleLowerCase('sv');
      const person = listPeople(db, name).find((p) => p.name.trim().toLocaleLowerCase('sv') === wanted);
      return person ? { id: person.id, staff: person.kind !== 'outside' } : null;
    },
    savedType: (name, organisation) => savedCreditType(db, name, organisation),
  };
}

/** Builds the importer; imports of the same file at the same time share one piece of work. */
export function createImporter(deps: ImportDeps): (fileName: string, data: Uint8Array) => Promise<ImportResult> {
  const inFlight = new Map<string, Promise<ImportResult>>();

  async function importNew(fileName: string, data: Uint8Array, format: PhotoFormat, hash: string): Promise<ImportResult> {
    const header = await checkHeader(fileName, data);
    const [embeddedRead, renditions] = await Promise.all([
      readEmbedded(header),
      makeRenditions(data, format).catch((error: unknown) => {
        throw new SpaltError('photo_damaged', { fileName }, { cause: error });
      }),
    ]);
    const { embedded, takenAt } = embeddedRead;
    const { edit, prefilledFrom } = prefill(embedded, takenAt, creditLookup(deps.db));
    const mimeType = mimeTypes[format];
    const undo = await storeFiles([
      { path: originalPath(deps.dataDir, hash, mimeType), data },
      { path: renditionPath(deps.dataDir, hash, 'thumb', renditions.thumb.info.mimeType), data: renditions.thumb.data },
      { path: renditionPath(deps.dataDir, hash, 'web', renditions.web.info.mimeType), data: renditions.web.data },
    ]);
    const id = randomUUID();
    try {
      insertPhoto(deps.db, {
        id,
        hash,
        fileName,
        mimeType,
        bytes: data.length,
        ...displayedSize(header),
        takenAt,
        importedAt: deps.now(),
        edit,
        embedded,
        prefilledFrom,
        renditions: { thumb: renditions.thumb.info, web: renditions.web.info },
      });
    } catch (error) {
      await undo();
      throw error;
    }
    return { photo: getPhoto(deps.db, id, newsroomDate(deps.now())), duplicate: false };
  }

  return async (rawName, data) => {
    const fileName = displayFileName(rawName);
    const format = checkFile(fileName, data);
    const hash = hashOf(data);
    const existing = photoIdForHash(deps.db, hash);
    if (existing !== null) return { photo: getPhoto(deps.db, existing, newsroomDate(deps.now())), duplicate: true };
    const running = inFlight.get(hash);
    if (running) return { photo: (await running).photo, duplicate: true };
    const work = importNew(fileName, data, format, hash);
    inFlight.set(hash, work);
    try {
      return await work;
    } finally {
      inFlight.delete(hash);
    }
  };
}

/**
 * A photos.import request too big for the HTTP adapter to read: answered as the photo being too
 * large, naming the file when the start of the request shows it. The bytes travel base64, so
 * the file is about three quarters of the request.
 */
export function oversizedImport(requestStart: string, requestBytes: number): SpaltError {
  const match = /"fileName"\s*:\s*("(?:[^"\\]|\\.){0,1000}")/.exec(requestStart);
  let fileName = 'bild';
  try {
    if (match?.[1]) fileName = displayFileName(JSON.parse(match[1]) as string);
  } catch {
    // Cut mid-escape: keep the generic name.
  }
  return tooLarge(fileName, Math.floor((requestBytes * 3) / 4));
}
