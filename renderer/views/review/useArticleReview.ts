import { useCallback, useEffect, useState } from 'react';
import type { NoteThreadView, ReviewQueueSite, WorkflowStatus } from '../../../shared/publish/review';
import { invoke, onEvent } from '../../platform';
import { afterStart } from '../../start/started';

export interface ArticleReview {
  states: WorkflowStatus[];
  threads: NoteThreadView[];
  sites: ReviewQueueSite[];
  reload: () => void;
}

/**
 * An article's review as the core keeps it: its state on each site and its notes, read again
 * when the core says they changed. Opening the article pulls the site's state first; offline
 * the sync fails quietly and the local copies answer.
 */
export function useArticleReview(articleId: string): ArticleReview {
  const [states, setStates] = useState<WorkflowStatus[]>([]);
  const [threads, setThreads] = useState<NoteThreadView[]>([]);
  const [sites, setSites] = useState<ReviewQueueSite[]>([]);

  const reload = useCallback(() => {
    void invoke('review.states', { articleId }).then(setStates, () => undefined);
    void invoke('review.notes', { articleId }).then(setThreads, () => undefined);
    void invoke('review.queue', {}).then(setSites, () => undefined);
  }, [articleId]);

  useEffect(() => {
    // After the caret stands in the article.
    const cancel = afterStart(() => {
      reload();
      void invoke('review.sync', {}).then(reload, () => undefined);
    });
    const offReview = onEvent('review.changed', (change) => {
      if (change.articleId === articleId) reload();
    });
    const offPublish = onEvent('publish.changed', (change) => {
      if (change.articleId === articleId && change.state === 'done') reload();
    });
    return () => {
      cancel();
      offReview();
      offPublish();
    };
  }, [articleId, reload]);

  return { states, threads, sites, reload };
}
