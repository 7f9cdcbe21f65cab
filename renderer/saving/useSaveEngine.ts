import { useEffect, useState } from 'react';
import { onReconnected } from '../platform';
import type { SaveEngine } from './save-engine';

/**
 * Runs a form's save engine for as long as the form is shown: saves when the window loses
 * focus or is hidden, sends what is unsaved while it closes, retries at once when the core
 * answers again, and saves what is left when the form goes (another article, another view).
 */
export function useSaveEngine<Version>(create: () => SaveEngine<Version>): SaveEngine<Version> {
  const [engine] = useState(create);

  useEffect(() => onReconnected(engine.reconnected), [engine]);

  useEffect(() => {
    const onPageHide = () => engine.flushOnExit();
    const onHidden = () => document.visibilityState === 'hidden' && void engine.flush();
    const onWindowBlur = () => void engine.flush();
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('blur', onWindowBlur);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('blur', onWindowBlur);
      void engine.flush();
    };
  }, [engine]);

  return engine;
}
