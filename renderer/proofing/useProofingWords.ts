import { useCallback, useEffect, useState } from 'react';
import { invoke, onEvent } from '../platform';
import { afterStart } from '../start/started';
import { spelling } from './spelling-client';

export interface ProofingWords {
  /** Bumped each time the worker was given new known words: everything is checked again. */
  version: number;
  ignored: ReadonlySet<string>;
  addWord: (word: string) => Promise<void>;
  ignore: (word: string) => Promise<void>;
  /** Why the last add or ignore failed, for the article view to say; null when it went through. */
  failure: unknown;
}

/**
 * The words spelling knows for one article: the newsroom's list and the names of people and
 * photo credits (handed to the worker), and the article's own ignores (kept here).
 */
export function useProofingWords(articleId: string): ProofingWords {
  const [version, setVersion] = useState(0);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    let live = true;
    const load = () =>
      void invoke('words.known', { articleId }).then(async (known) => {
        await spelling.setKnown([...known.words, ...known.names]);
        if (!live) return;
        setIgnored(new Set(known.ignored));
        setVersion((v) => v + 1);
      }, console.warn);
    const cancel = afterStart(load);
    const offs = [onEvent('words.changed', load), onEvent('people.changed', load), onEvent('photo.changed', load)];
    return () => {
      live = false;
      cancel();
      offs.forEach((off) => off());
    };
  }, [articleId]);
  const [failure, setFailure] = useState<unknown>(null);
  const addWord = useCallback(async (word: string) => {
    try {
      await invoke('words.add', { word });
      setFailure(null);
    } catch (caught) {
      setFailure(caught);
    }
  }, []);
  const ignore = useCallback(
    async (word: string) => {
      try {
        const { ignored: now } = await invoke('words.ignore', { articleId, word });
        setIgnored(new Set(now));
        setFailure(null);
      } catch (caught) {
        setFailure(caught);
      }
    },
    [articleId],
  );
  return { version, ignored, addWord, ignore, failure };
}
