import { useCallback, useEffect, useRef, useState } from 'react';
import type { Photo, PhotoEdit } from '../../../shared/article/photo';
import { invoke, invokeOnExit } from '../../platform';
import { rememberPhoto } from '../../photos/photo-store';
import type { SaveState } from '../article/useAutosave';

/** As articles: a moment after a change, and at once when a field is left. */
const saveDelayMs = 400;
const retryDelayMs = 5_000;

export const editOf = ({ caption, alt, credit }: Photo): PhotoEdit => ({ caption, alt, credit });

export interface PhotoAutosave {
  edit: PhotoEdit;
  state: Exclude<SaveState, { kind: 'conflict' }>;
  change: (next: PhotoEdit) => void;
  flush: () => Promise<void>;
}

/**
 * Keeps a photo's caption, alt text and credit as typed and saves them shortly after each
 * change, so nothing typed is lost; a failed save is retried and shown, never dropped.
 */
export function usePhotoAutosave(photo: Photo): PhotoAutosave {
  const [edit, setEdit] = useState(() => editOf(photo));
  const [state, setState] = useState<PhotoAutosave['state']>({ kind: 'saved', at: photo.updatedAt });
  const live = useRef({
    edit,
    dirty: false,
    inFlight: null as Promise<void> | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    /** The version of the photo this form last saw, to tell another window's change from our own save. */
    knownAt: photo.updatedAt,
  });

  const flush = useCallback(async (): Promise<void> => {
    const s = live.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    if (s.inFlight) {
      await s.inFlight;
      return flush();
    }
    if (!s.dirty) return;
    s.dirty = false;
    setState({ kind: 'saving' });
    const attempt = invoke('photos.update', { id: photo.id, edit: s.edit })
      .then((saved) => {
        s.knownAt = saved.updatedAt;
        rememberPhoto(saved);
        setState(s.dirty ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
      })
      .catch((error: unknown) => {
        s.dirty = true;
        setState({ kind: 'failed', error });
        s.timer = setTimeout(() => void flush(), retryDelayMs);
      })
      .finally(() => {
        s.inFlight = null;
      });
    s.inFlight = attempt;
    await attempt;
    if (s.dirty && s.timer === undefined) s.timer = setTimeout(() => void flush(), saveDelayMs);
  }, [photo.id]);

  const change = useCallback(
    (next: PhotoEdit) => {
      const s = live.current;
      s.edit = next;
      s.dirty = true;
      setEdit(next);
      setState((current) => (current.kind === 'failed' ? current : { kind: 'pending' }));
      if (!s.inFlight) {
        clearTimeout(s.timer);
        s.timer = setTimeout(() => void flush(), saveDelayMs);
      }
    },
    [flush],
  );

  // Another window changed this photo: follow it while nothing here is unsaved.
  useEffect(() => {
    const s = live.current;
    if (photo.updatedAt === s.knownAt || s.dirty || s.inFlight) return;
    s.knownAt = photo.updatedAt;
    s.edit = editOf(photo);
    setEdit(s.edit);
    setState({ kind: 'saved', at: photo.updatedAt });
  }, [photo]);

  // Leaving the photo or the window: save what is left.
  useEffect(() => {
    const onPageHide = () => {
      const s = live.current;
      if (!s.dirty) return;
      invokeOnExit('photos.update', { id: photo.id, edit: s.edit });
      s.dirty = false;
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [photo.id, flush]);

  return { edit, state, change, flush };
}
