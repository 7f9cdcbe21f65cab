import { useCallback, useRef, useState } from 'react';
import type { Photo } from '../../shared/article/photo';
import { newsroomFileStamp } from '../../shared/format/date';
import { invoke } from '../platform';
import { rememberPhoto } from './photo-store';

/** What the file chooser offers; anything else dropped or pasted still goes to the core, which says why it cannot be used. */
export const acceptedImageTypes = 'image/jpeg,image/png,image/webp,image/gif,.jpg,.jpeg,.png,.webp,.gif';

export type ImportState =
  | { kind: 'waiting' }
  | { kind: 'importing' }
  | { kind: 'imported'; photo: Photo }
  | { kind: 'duplicate'; photo: Photo }
  | { kind: 'failed'; error: unknown };

/** The files of the imports since the queue was last empty, and how many of them are finished. */
export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportItem {
  key: number;
  fileName: string;
  state: ImportState;
}

/** A pasted screenshot has no useful name; give it one the library can show. */
function nameOf(file: File, index: number): string {
  if (file.name.trim() !== '') return file.name.slice(-255);
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  const stamp = newsroomFileStamp(Date.now());
  return `inklistrad-${stamp}${index > 0 ? `-${index + 1}` : ''}.${extension}`;
}

/** Imports one file; the core stores it by content hash and answers whether it was already there. */
export async function importPhotoFile(file: File, fileName = nameOf(file, 0)): Promise<{ photo: Photo; duplicate: boolean }> {
  const data = new Uint8Array(await file.arrayBuffer());
  const result = await invoke('photos.import', { fileName, data });
  rememberPhoto(result.photo);
  return result;
}

/** The files of a drop or a paste, in the order given. */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files.length > 0) return [...data.files];
  return [...data.items].flatMap((item) => {
    const file = item.kind === 'file' ? item.getAsFile() : null;
    return file ? [file] : [];
  });
}

let nextKey = 1;

/**
 * Imports files one after another (a 50 MB file is read into memory only while it is sent)
 * and keeps each file's progress and result for the list the user watches.
 */
export function useImports() {
  const [items, setItems] = useState<ImportItem[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const update = (key: number, state: ImportState) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, state } : item)));

  /** Resolves, once the batch is done, with each file's result in order. */
  const importFiles = useCallback((files: readonly File[]): Promise<ImportItem[]> => {
    const batch = files.map((file, index) => ({ key: nextKey++, fileName: nameOf(file, index), file }));
    setItems((current) =>
      [...batch.map(({ key, fileName }) => ({ key, fileName, state: { kind: 'waiting' } as const })), ...current].slice(0, 50),
    );
    // A batch added while another runs joins its bar; after a finished one, the bar starts over.
    setProgress((current) =>
      current === null || current.done === current.total
        ? { done: 0, total: batch.length }
        : { ...current, total: current.total + batch.length },
    );
    const run = queue.current.then(async () => {
      const results: ImportItem[] = [];
      for (const { key, fileName, file } of batch) {
        update(key, { kind: 'importing' });
        let state: ImportState;
        try {
          const { photo, duplicate } = await importPhotoFile(file, fileName);
          state = duplicate ? { kind: 'duplicate', photo } : { kind: 'imported', photo };
        } catch (error) {
          state = { kind: 'failed', error };
        }
        update(key, state);
        setProgress((current) => (current === null ? null : { ...current, done: current.done + 1 }));
        results.push({ key, fileName, state });
      }
      return results;
    });
    queue.current = run;
    return run;
  }, []);

  const clear = useCallback(() => {
    setItems((current) => current.filter((item) => item.state.kind === 'waiting' || item.state.kind === 'importing'));
    setProgress((current) => (current !== null && current.done === current.total ? null : current));
  }, []);
  return { items, progress, importFiles, clear };
}
