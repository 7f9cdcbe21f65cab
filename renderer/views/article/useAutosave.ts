import { useEffect, useRef } from 'react';
import type { Article, ArticleDraft } from '../../../shared/article/article';
import { invoke, invokeOnExit, onEvent, sessionId } from '../../platform';
import { createSaveEngine, type SaveEngine } from '../../saving/save-engine';
import { useSaveEngine } from '../../saving/useSaveEngine';
import { afterStart } from '../../start/started';

interface AutosaveOptions {
  article: Article;
  /** The draft as it stands now; called only when a save goes out. */
  readDraft: () => ArticleDraft;
  /** Puts another window's version in front of the user. */
  showVersion: (article: Article) => void;
  /**
   * The article was read as the page started (it came in the page), before this window could
   * hear of saves: once the page has started it is read again, and a version saved meanwhile
   * is followed like any other.
   */
  readAtPageLoad?: boolean;
}

export type Autosave = SaveEngine<Article>;

const savedOf = (article: Article) => ({ revision: article.revision, at: article.updatedAt });

/** The article form on the save engine: `articles.save` names its base revision, so a conflict stops it. */
export function useAutosave({ article, readDraft, showVersion, readAtPageLoad = false }: AutosaveOptions): Autosave {
  // The engine outlives renders; it reads the form's latest callbacks through this.
  const form = useRef({ readDraft, showVersion });
  useEffect(() => {
    form.current = { readDraft, showVersion };
  }, [readDraft, showVersion]);

  const { id } = article;
  const engine = useSaveEngine(() =>
    createSaveEngine<ArticleDraft, Article>({
      opened: savedOf(article),
      checksRevision: true,
      readDraft: () => form.current.readDraft(),
      send: async (draft, baseRevision) => {
        const saved = await invoke('articles.save', { id, baseRevision, draft, sessionId });
        return { revision: saved.revision, at: saved.updatedAt };
      },
      sendOnExit: (draft, baseRevision) => invokeOnExit('articles.save', { id, baseRevision, draft, sessionId }),
      fetchLatest: () => invoke('articles.get', { id }),
      savedOf,
      show: (latest) => form.current.showVersion(latest),
    }),
  );

  // Another window saved this article: follow it when we hold nothing unsaved, else ask.
  useEffect(
    () =>
      onEvent('article.changed', (change) => {
        if (change.id === id && change.change === 'saved' && change.sessionId !== sessionId) {
          engine.savedElsewhere({ revision: change.revision });
        }
      }),
    [id, engine],
  );

  useEffect(() => {
    if (!readAtPageLoad) return undefined;
    return afterStart(() => {
      invoke('articles.get', { id }).then(
        (latest) => engine.savedElsewhere({ revision: latest.revision, at: latest.updatedAt }, latest),
        () => undefined,
      );
    });
  }, [id, engine, readAtPageLoad]);

  return engine;
}
