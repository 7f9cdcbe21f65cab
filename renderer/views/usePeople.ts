import { useEffect, useState } from 'react';
import type { Person } from '../../shared/article/people';
import { invoke, onEvent } from '../platform';
import { afterStart } from '../start/started';

/** The people registry, kept fresh when anyone changes it; null until loaded. */
export function usePeople(): { people: Person[] | null; error: unknown } {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const load = () =>
      void invoke('people.list', { query: '' }).then((rows) => {
        setPeople(rows);
        setError(null);
      }, setError);
    // The byline field's suggestions are not on the way to the caret.
    const cancel = afterStart(load);
    const off = onEvent('people.changed', load);
    return () => {
      cancel();
      off();
    };
  }, []);
  return { people, error };
}
