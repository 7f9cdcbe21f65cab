import { useEffect } from 'react';
import { invoke } from '../../platform';

/**
 * When the computer is back online, publish jobs waiting for the network go at once instead of
 * at their next retry, which backoff may have put many minutes away. The window's `online`
 * event fires in browser mode and in the desktop app alike.
 */
export function useWakeOnline(): void {
  useEffect(() => {
    // A failed call changes nothing: the jobs still go at their own retry times.
    const wake = () => {
      void invoke('publish.wake', {}).catch(() => undefined);
      // Review steps and notes written offline go too, and the state of articles in review is read.
      void invoke('review.sync', {}).catch(() => undefined);
    };
    window.addEventListener('online', wake);
    return () => window.removeEventListener('online', wake);
  }, []);
}
