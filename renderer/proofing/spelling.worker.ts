/**
 * Spelling off the main thread: Hunspell (WebAssembly) with LibreOffice's Swedish dictionary,
 * both bundled, so it works offline from the first start. The editor sends only the paragraphs
 * that changed, after a pause in typing.
 */
import { loadSwedishSpeller } from '../../shared/proofing/hunspell';
import type { Speller } from '../../shared/proofing/speller';
import type { SpellingAnswer, SpellingRequest, SpellingResponse } from './protocol';
// The package exports only its Node entry; the two files are taken as they are.
import affUrl from '../../node_modules/dictionary-sv/index.aff?url';
import dicUrl from '../../node_modules/dictionary-sv/index.dic?url';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

let speller: Promise<Speller> | null = null;
const load = () => (speller ??= Promise.all([bytes(affUrl), bytes(dicUrl)]).then(([aff, dic]) => loadSwedishSpeller({ aff, dic })));

/**
 * Words just found unknown, whose suggestions are made ahead, newest first, one a turn so a
 * request that comes meanwhile waits for one word's search at most. A person reaches for the
 * menu a moment after the mark appears; by then the suggestions are there. Only the first words
 * of each check are taken: the ones being typed, not a whole article's names on opening it.
 */
const ahead: string[] = [];
const aheadPerCheck = 8;
const aheadAtMost = 24;
let aheadScheduled = false;

function suggestAhead(speller: Speller, words: readonly string[]): void {
  const fresh = [...new Set(words)].filter((word) => !speller.hasSuggestions(word) && !ahead.includes(word));
  ahead.push(...fresh.slice(0, aheadPerCheck).reverse());
  ahead.splice(0, Math.max(0, ahead.length - aheadAtMost));
  if (aheadScheduled || ahead.length === 0) return;
  aheadScheduled = true;
  setTimeout(() => {
    aheadScheduled = false;
    const word = ahead.pop();
    if (word !== undefined) speller.dictionarySuggestions(word);
    suggestAhead(speller, []);
  }, 0);
}

async function answer(request: SpellingRequest): Promise<SpellingAnswer> {
  const ready = await load();
  switch (request.type) {
    case 'check': {
      const found = request.blocks.map(({ key, text }) => ({ key, words: ready.unknownIn(text) }));
      suggestAhead(
        ready,
        found.flatMap((block) => block.words.map((w) => w.word)),
      );
      return found;
    }
    case 'suggest':
      return ready.suggest(request.word);
    case 'known':
      ready.setKnown(request.words);
      return null;
    case 'load':
      return null;
  }
}

self.addEventListener('message', (event: MessageEvent<SpellingRequest>) => {
  const request = event.data;
  answer(request).then(
    (value) => self.postMessage({ id: request.id, ok: true, value } satisfies SpellingResponse),
    (error: unknown) => self.postMessage({ id: request.id, ok: false, message: String(error) } satisfies SpellingResponse),
  );
});
