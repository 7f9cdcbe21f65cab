import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { newsroomDate } from '../../../shared/format/date';
import { getPhoto, photoExists } from '../../db/photos';
import { extensions } from '../../media/renditions';
import { mediaFile } from '../../media/serve';
import type { PhotoSource } from './photos';

/** Library photos for exports: what the site prints of each, and its web rendition. */
export function exportPhotoSource(db: Database, dataDir: string, now: () => string): PhotoSource {
  return (id) => {
    const file = photoExists(db, id) ? mediaFile(db, dataDir, photoMediaPath(id, 'web')) : null;
    if (!file) return undefined;
    const photo = getPhoto(db, id, newsroomDate(now()));
    return {
      id,
      alt: photo.alt,
      caption: photo.caption,
      creditLine: photo.creditLine,
      mimeType: file.contentType,
      extension: extensions[file.contentType] ?? 'jpg',
      read: () => readFileSync(file.file),
    };
  };
}
