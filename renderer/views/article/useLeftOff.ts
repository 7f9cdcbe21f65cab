import { useCallback, useEffect, useRef } from 'react';
import type { BodyPlace } from '../../../shared/article/left-off';
import { invoke, invokeOnExit } from '../../platform';
import { afterStart } from '../../start/started';

/** A place is told to the core this long after the last edit, not at every keystroke. */
const rememberDelayMs = 1_000;

/**
 * Tells the core where the journalist is, for the next start: this article as it opens, and
 * the place of their last edit in its body a moment after it (at once when they leave it or
 * close the window). Failing to remember is no harm worth a word: the article itself is saved.
 */
export function useLeftOff(articleId: string, editable: boolean): (place: BodyPlace) => void {
  const pending = useRef<BodyPlace | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const send = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const place = pending.current;
    pending.current = null;
    if (place) void invoke('resume.remember', { articleId, place }).catch(() => undefined);
  }, [articleId]);

  useEffect(() => {
    if (!editable) return;
    // Opened without writing: the core keeps the place it knew in this article.
    const cancel = afterStart(() => void invoke('resume.remember', { articleId, place: null }).catch(() => undefined));
    const onHide = () => {
      if (pending.current) invokeOnExit('resume.remember', { articleId, place: pending.current });
      pending.current = null;
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      cancel();
      window.removeEventListener('pagehide', onHide);
      send();
    };
  }, [articleId, editable, send]);

  return useCallback(
    (place: BodyPlace) => {
      if (!editable) return;
      pending.current = place;
      clearTimeout(timer.current);
      timer.current = setTimeout(send, rememberDelayMs);
    },
    [editable, send],
  );
}
