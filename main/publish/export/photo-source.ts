import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { photoMediaPath } from '../../../shared/article/photo';
import { getPhoto } from '../../db/photos';
import { newsroomDate } from '../../../shared/format/date';
import { extensions } from '../../media/renditions';
import { mediaFile } from '../../media/serve';
import type { PhotoSource } from './photos';

/** Library photos for exports: what the site prints of each, and its web rendition. */
export function exportPhotoSource(db: Database, dataDir: string): PhotoSource {
  return (id) => {
    const row = db.prepare('SELECT 1 FROM photos WHERE id = ?').get(id);
    const file = row ? mediaFile(db, dataDir, photoMediaPath(id, 'web')) : null;
    if (!file) return undefined;
    const photo = getPhoto(db, id, newsroomDate(new Date()));
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
