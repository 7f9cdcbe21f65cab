import { useEffect, useState } from 'react';
import type { Person } from '../../shared/article/people';
import { invoke, onEvent } from '../platform';

/** The people registry, kept fresh when anyone changes it; null until loaded. */
export function usePeople(): { people: Person[] | null; error: unknown } {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const load = () =>
      void invoke('people.list', { query: '' }).then(
        (rows) => {
          setPeople(rows);
          setError(null);
        },
        setError,
      );
    load();
    return onEvent('people.changed', load);
  }, []);
  return { people, error };
}
