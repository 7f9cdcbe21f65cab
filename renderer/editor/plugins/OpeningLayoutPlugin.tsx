import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';
import { afterNextPaint } from '../../start/started';

/** How long after its first frame the body waits for an idle moment to be laid out whole. */
const latestLayoutMs = 1_000;

/**
 * While the body opens, its text blocks out of view are skipped by layout and paint
 * (content-visibility on the root's data-opening, editor.css), so its first frame costs what its
 * first screen does. Chromium moves the caret over a skipped block as over one line, and to the
 * start of one rather than its end: so the whole body is laid out at the first idle moment after
 * that frame, or at once when a key or the pointer comes to the body before then.
 */
export function OpeningLayoutPlugin() {
  const [editor] = useLexicalComposerContext();
  // Before the first frame is painted.
  useLayoutEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        root.dataset.opening = '';
        let idle = 0;
        let cancelled = false;
        const done = () => {
          cancelled = true;
          delete root.dataset.opening;
          root.removeEventListener('keydown', done, true);
          root.removeEventListener('pointerdown', done, true);
          if (idle !== 0) cancelIdleCallback(idle);
        };
        root.addEventListener('keydown', done, true);
        root.addEventListener('pointerdown', done, true);
        afterNextPaint(() => {
          if (!cancelled) idle = requestIdleCallback(done, { timeout: latestLayoutMs });
        });
        return done;
      }),
    [editor],
  );
  return null;
}
