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

async function answer(request: SpellingRequest): Promise<SpellingAnswer> {
  const ready = await load();
  switch (request.type) {
    case 'check':
      return request.blocks.map(({ key, text }) => ({ key, words: ready.unknownIn(text) }));
    case 'suggest':
      return ready.suggest(request.word);
    case 'known':
      ready.setKnown(request.words);
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
