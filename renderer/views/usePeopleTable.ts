import { useEffect, useState } from 'react';
import type { PeopleSort, Person } from '../../shared/article/people';
import { invoke, onEvent } from '../platform';

/** The whole registry can be shown: far more than any newsroom keeps. */
const registryLimit = 2_000;

/** The people registry in the order asked for (sorted by the core), kept fresh when anyone changes it; null until loaded. */
export function usePeopleTable(sort: PeopleSort): { people: Person[] | null; error: unknown } {
  const [people, setPeople] = useState<Person[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      void invoke('people.list', { query: '', sort, limit: registryLimit }).then(
        (rows) => {
          if (!current) return;
          setPeople(rows);
          setError(null);
        },
        (caught: unknown) => current && setError(caught),
      );
    load();
    const off = onEvent('people.changed', load);
    return () => {
      current = false;
      off();
    };
  }, [sort]);
  return { people, error };
}
