import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleDraft } from '../../../shared/article/article';
import { SpaltError } from '../../../shared/errors';
import { invoke, invokeOnExit, onEvent, onReconnected, sessionId } from '../../platform';

/** The renderer never holds more than about this much unsaved typing. */
export const saveDelayMs = 400;
const retryDelayMs = 5_000;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

interface AutosaveOptions {
  article: Article;
  /** The draft as it stands now; called only when a save goes out. */
  readDraft: () => ArticleDraft;
  /** Puts another window's version in front of the user. */
  showVersion: (article: Article) => void;
}

/**
 * The save status as a small store of its own: only the status line subscribes, so a keystroke
 * that turns "Sparat" into "Osparade ändringar" re-renders that line, not the article view, and
 * does so after the keystroke rather than inside it (see useSaveState).
 */
export interface SaveStatusStore {
  get: () => SaveState;
  subscribe: (listener: () => void) => () => void;
}

export interface Autosave {
  status: SaveStatusStore;
  changed: () => void;
  flush: () => Promise<void>;
  keepMine: () => Promise<void>;
  loadTheirs: () => Promise<void>;
}

/**
 * Saves a moment after each change, names the revision every save started from, and stops at
 * a conflict so that neither window's text is written over without the user choosing.
 */
export function useAutosave({ article, readDraft, showVersion }: AutosaveOptions): Autosave {
  const [status] = useState(() => statusStore({ kind: 'saved', at: article.updatedAt }));
  const live = useRef({
    base: article.revision,
    dirty: false,
    inFlight: null as Promise<void> | null,
    conflict: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
  });
  const setState = status.set;

  const flush = useCallback(async (): Promise<void> => {
    const s = live.current;
    clearTimeout(s.timer);
    s.timer = undefined;
    if (s.inFlight) {
      await s.inFlight;
      return flush();
    }
    if (!s.dirty || s.conflict) return;
    s.dirty = false;
    setState({ kind: 'saving' });
    const attempt = invoke('articles.save', { id: article.id, baseRevision: s.base, draft: readDraft(), sessionId })
      .then((result) => {
        s.base = result.revision;
        setState(s.dirty ? { kind: 'pending' } : { kind: 'saved', at: result.updatedAt });
      })
      .catch((error: unknown) => {
        s.dirty = true;
        if (error instanceof SpaltError && error.code === 'conflict') {
          s.conflict = true;
          setState({ kind: 'conflict' });
        } else {
          setState({ kind: 'failed', error });
          s.timer = setTimeout(() => void flush(), retryDelayMs);
        }
      })
      .finally(() => {
        s.inFlight = null;
      });
    s.inFlight = attempt;
    await attempt;
    if (s.dirty && !s.conflict && status.get().kind !== 'failed') schedule();
  }, [article.id, readDraft, setState]);

  const schedule = useCallback(() => {
    const s = live.current;
    if (s.timer === undefined && !s.conflict) s.timer = setTimeout(() => void flush(), saveDelayMs);
  }, [flush]);

  const changed = useCallback(() => {
    const s = live.current;
    s.dirty = true;
    if (s.conflict) return;
    const { kind } = status.get();
    if (kind !== 'pending' && kind !== 'saving' && kind !== 'failed') setState({ kind: 'pending' });
    if (!s.inFlight) schedule();
  }, [schedule, setState]);

  const keepMine = useCallback(async () => {
    const latest = await invoke('articles.get', { id: article.id });
    const s = live.current;
    s.base = latest.revision;
    s.conflict = false;
    s.dirty = true;
    await flush();
  }, [article.id, flush]);

  const loadTheirs = useCallback(async () => {
    const latest = await invoke('articles.get', { id: article.id });
    const s = live.current;
    s.base = latest.revision;
    s.conflict = false;
    s.dirty = false;
    showVersion(latest);
    setState({ kind: 'saved', at: latest.updatedAt });
  }, [article.id, showVersion, setState]);

  // Another window saved this article: follow it when we hold nothing unsaved, else ask.
  useEffect(
    () =>
      onEvent('article.changed', (change) => {
        const s = live.current;
        if (change.id !== article.id || change.change !== 'saved' || change.sessionId === sessionId) return;
        if (change.revision <= s.base) return;
        if (!s.dirty && !s.inFlight) {
          void loadTheirs();
        } else if (!s.inFlight) {
          s.conflict = true;
          clearTimeout(s.timer);
          s.timer = undefined;
          setState({ kind: 'conflict' });
        }
      }),
    [article.id, loadTheirs, setState],
  );

  // The core answers again: what failed to save goes now, not at the next retry.
  useEffect(() => onReconnected(() => status.get().kind === 'failed' && void flush()), [flush, status]);

  // Closing or reloading the window: send what is unsaved without waiting for an answer.
  useEffect(() => {
    const onPageHide = () => {
      const s = live.current;
      if (!s.dirty || s.conflict) return;
      const baseRevision = s.inFlight ? s.base + 1 : s.base;
      invokeOnExit('articles.save', { id: article.id, baseRevision, draft: readDraft(), sessionId });
      s.dirty = false;
    };
    const onHidden = () => document.visibilityState === 'hidden' && void flush();
    const onWindowBlur = () => void flush();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('blur', onWindowBlur);
      // Switching to another article or view: save what is left.
      void flush();
    };
  }, [article.id, readDraft, flush]);

  return { status, changed, flush, keepMine, loadTheirs };
}

function statusStore(initial: SaveState): SaveStatusStore & { set: (next: SaveState) => void } {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The save status, for the one component that shows it. Its changes render as a transition:
 * the status line is not urgent, the keystroke that changed it is.
 */
export function useSaveState(store: SaveStatusStore): SaveState {
  const [state, setState] = useState(store.get);
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => startTransition(() => setState(store.get())));
  }, [store]);
  return state;
}
