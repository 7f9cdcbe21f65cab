import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublishOptions } from '../../../shared/publish/publish';
import { invoke } from '../../platform';

/** What the dialog offers for the article on the chosen site; null while it is asked for. */
export function usePublishOptions(
  articleId: string,
  siteId: string | null,
): { options: PublishOptions | null; error: unknown; reload: () => void } {
  const [options, setOptions] = useState<PublishOptions | null>(null);
  const [error, setError] = useState<unknown>(null);
  const asked = useRef(0);

  const reload = useCallback(() => {
    const ask = (asked.current += 1);
    setOptions(null);
    setError(null);
    if (siteId === null) return;
    invoke('publish.options', { articleId, siteId }).then(
      (loaded) => ask === asked.current && setOptions(loaded),
      (caught: unknown) => ask === asked.current && setError(caught),
    );
  }, [articleId, siteId]);

  // eslint-disable-next-line react-hooks/set-state-in-effect -- another article or site clears what was shown before asking anew
  useEffect(reload, [reload]);
  return { options, error, reload };
}
