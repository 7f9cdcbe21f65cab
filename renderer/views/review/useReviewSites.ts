import { useCallback, useEffect, useState } from 'react';
import type { ReviewQueueSite } from '../../../shared/publish/review';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

/** Every site's review queue as last read, and the role there; follows changes. */
export function useReviewSites(): { sites: ReviewQueueSite[] | null; reload: () => void; replace: (site: ReviewQueueSite) => void } {
  const [sites, setSites] = useState<ReviewQueueSite[] | null>(null);
  const reload = useCallback(() => void invoke('review.queue', {}).then(setSites, () => undefined), []);
  const replace = useCallback(
    (site: ReviewQueueSite) => setSites((all) => (all ?? []).map((one) => (one.siteId === site.siteId ? site : one))),
    [],
  );
  useEffect(() => {
    // The navigation is on the first screen: the queue waits until the page has started.
    const cancel = afterStart(reload);
    const offSite = onEvent('site.changed', reload);
    const offReview = onEvent('review.changed', ({ articleId }) => {
      if (articleId === null) reload();
    });
    // The publish dialog reads the role from the site: a Contributor learns here why there is no queue.
    const offPublish = onEvent('publish.changed', reload);
    return () => {
      cancel();
      offSite();
      offReview();
      offPublish();
    };
  }, [reload]);
  return { sites, reload, replace };
}

/** Whether the role may review: a site whose role is not yet known counts, and the site decides on refresh. */
export const mayReview = (site: ReviewQueueSite) => site.mayReview !== false;
