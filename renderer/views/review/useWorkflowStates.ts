import { useEffect, useState } from 'react';
import type { WorkflowStatus } from '../../../shared/publish/review';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

/**
 * Every article's review state, by article (the most recent site's), for the library's badges;
 * the state is pulled from the sites once when the library opens.
 */
export function useWorkflowStates(): ReadonlyMap<string, WorkflowStatus> {
  const [states, setStates] = useState<ReadonlyMap<string, WorkflowStatus>>(new Map());
  useEffect(() => {
    const reload = () =>
      void invoke('review.states', {}).then(
        (all) => {
          const byArticle = new Map<string, WorkflowStatus>();
          for (const status of all) if (!byArticle.has(status.articleId)) byArticle.set(status.articleId, status);
          setStates(byArticle);
        },
        () => undefined,
      );
    const cancel = afterStart(() => {
      reload();
      void invoke('review.sync', {}).then(reload, () => undefined);
    });
    const offReview = onEvent('review.changed', reload);
    const offPublish = onEvent('publish.changed', ({ state }) => {
      if (state === 'done') reload();
    });
    return () => {
      cancel();
      offReview();
      offPublish();
    };
  }, []);
  return states;
}
