/**
 * The one mapping from a rendition's address (`photoMediaPath`: /media/photos/<id>/<thumb|web>)
 * to its file, shared by browser mode's HTTP server and the desktop app's spalt:// handler.
 * Only the two renditions are served, never an original: originals keep their GPS position.
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from 'better-sqlite3';
import { PhotoId } from '../../shared/article/photo';
import type { PhotoRenditionName } from '../../shared/article/photo-media';
import { renditionOf } from '../db/photos';
import { renditionPath } from './store';

export interface MediaFile {
  file: string;
  contentType: string;
}

/** Renditions never change under their address: a new file is a new photo with a new id. */
export const mediaCacheControl = 'private, max-age=31536000, immutable';

const mediaPattern = /^\/media\/photos\/([^/]+)\/(thumb|web)$/;

export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith('/media/');
}

/** The file behind a media address, or null when there is none (a 404). */
export function mediaFile(db: Database, dataDir: string, pathname: string): MediaFile | null {
  const match = mediaPattern.exec(pathname);
  if (!match) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    return null;
  }
  if (!PhotoId.safeParse(id).success) return null;
  const rendition = match[2] as PhotoRenditionName;
  const found = renditionOf(db, id, rendition);
  if (!found) return null;
  return { file: renditionPath(dataDir, found.hash, rendition, found.mimeType), contentType: found.mimeType };
}

/** Answers a media request in browser mode (already past the token, Host and Origin checks). */
export function sendMedia(db: Database, dataDir: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const found = mediaFile(db, dataDir, pathname);
  const size = found ? fileSize(found.file) : null;
  if (!found || size === null) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Bilden finns inte.\n');
    return;
  }
  res.writeHead(200, { 'content-type': found.contentType, 'content-length': size, 'cache-control': mediaCacheControl });
  if (req.method === 'HEAD') res.end();
  else
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}
