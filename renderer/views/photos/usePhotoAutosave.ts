import { useCallback, useEffect, useRef, useState } from 'react';
import type { Photo, PhotoEdit } from '../../../shared/article/photo';
import { invoke, invokeOnExit } from '../../platform';
import { rememberPhoto } from '../../photos/photo-store';
import { createSaveEngine, type Saved, type SaveEngine } from '../../saving/save-engine';
import { useSaveEngine } from '../../saving/useSaveEngine';

export const editOf = ({ caption, alt, credit }: Photo): PhotoEdit => ({ caption, alt, credit });

/** A photo has no revision: the core keeps its last save, and its time tells versions apart. */
const savedOf = (photo: Photo): Saved => ({ revision: 0, at: photo.updatedAt });

export interface PhotoAutosave {
  edit: PhotoEdit;
  engine: SaveEngine<Photo>;
  change: (next: PhotoEdit) => void;
  flush: () => Promise<void>;
}

/**
 * Keeps a photo's caption, alt text and credit as typed and saves them shortly after each
 * change, so nothing typed is lost; a failed save is retried and shown, never dropped.
 */
export function usePhotoAutosave(photo: Photo): PhotoAutosave {
  const [edit, setEdit] = useState(() => editOf(photo));
  // What is typed, for the engine to read when a save goes out (state lags a render behind).
  const typed = useRef(edit);
  const { id } = photo;
  const engine = useSaveEngine(() =>
    createSaveEngine<PhotoEdit, Photo>({
      opened: savedOf(photo),
      checksRevision: false,
      readDraft: () => typed.current,
      send: async (draft) => {
        const saved = await invoke('photos.update', { id, edit: draft });
        rememberPhoto(saved);
        return savedOf(saved);
      },
      sendOnExit: (draft) => invokeOnExit('photos.update', { id, edit: draft }),
      fetchLatest: () => invoke('photos.get', { id }),
      savedOf,
      show: (latest) => {
        typed.current = editOf(latest);
        setEdit(typed.current);
      },
    }),
  );

  // Another window changed this photo: follow it while nothing here is unsaved.
  useEffect(() => engine.savedElsewhere(savedOf(photo), photo), [engine, photo]);

  const change = useCallback(
    (next: PhotoEdit) => {
      typed.current = next;
      setEdit(next);
      engine.changed();
    },
    [engine],
  );

  return { edit, engine, change, flush: engine.flush };
}
