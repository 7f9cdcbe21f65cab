import { useCallback, useEffect, useState } from 'react';
import type { SiteList } from '../../../shared/publish/site';
import { invoke, onEvent } from '../../platform';

/** The saved sites and where their passwords are kept, fresh after every change; null until loaded. */
export function useSites(): { list: SiteList | null; error: unknown; reload: () => void } {
  const [list, setList] = useState<SiteList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    void invoke('sites.list', {}).then((loaded) => {
      setList(loaded);
      setError(null);
    }, setError);
  }, []);
  useEffect(() => {
    reload();
    return onEvent('site.changed', reload);
  }, [reload]);
  return { list, error, reload };
}
