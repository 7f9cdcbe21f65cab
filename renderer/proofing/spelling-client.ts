import type { WordAt } from '../../shared/proofing/words';
import type { BlockText, SpellingAnswer, SpellingQuestion, SpellingResponse } from './protocol';

type Pending = { resolve: (value: SpellingAnswer) => void; reject: (error: Error) => void };

/**
 * The page's one spelling worker, started the first time spelling is asked for. Requests are
 * answered in order, so the known words sent before a check apply to it.
 */
class SpellingClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private send(request: SpellingQuestion): Promise<SpellingAnswer> {
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker?.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    const worker = new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'spalt-spelling' });
    worker.addEventListener('message', (event: MessageEvent<SpellingResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (response.ok) pending?.resolve(response.value);
      else pending?.reject(new Error(response.message));
    });
    return worker;
  }

  async check(blocks: BlockText[]): Promise<{ key: string; words: WordAt[] }[]> {
    return (await this.send({ type: 'check', blocks })) as { key: string; words: WordAt[] }[];
  }

  async suggest(word: string): Promise<string[]> {
    return (await this.send({ type: 'suggest', word })) as string[];
  }

  /** Starts the worker and loads the dictionary now, so the first article opened finds it ready. */
  loadDictionary(): void {
    this.send({ type: 'load' }).catch((error: unknown) => console.warn('[spalt] spelling could not start:', error));
  }

  async setKnown(words: string[]): Promise<void> {
    await this.send({ type: 'known', words });
  }
}

export const spelling = new SpellingClient();
