import { loadModule } from 'hunspell-asm';
import { Speller } from './speller';

/**
 * Swedish Hunspell in WebAssembly: the same code in the renderer's worker and under Node (tests,
 * bench), each handing over the dictionary's two files as bytes.
 */
export async function loadSwedishSpeller(dictionary: { aff: Uint8Array; dic: Uint8Array }): Promise<Speller> {
  const factory = await loadModule();
  const hunspell = factory.create(factory.mountBuffer(dictionary.aff, 'sv_SE.aff'), factory.mountBuffer(dictionary.dic, 'sv_SE.dic'));
  return new Speller(hunspell);
}
