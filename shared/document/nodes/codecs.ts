import type { BlockToNode } from '../markup/codec';
import { adSlotCodec } from './ad-slot/codec';
import type { BlockCodec } from './codec';
import { factBoxCodec } from './fact-box/codec';
import { headingCodec } from './heading/codec';
import { interviewQuestionCodec } from './interview-question/codec';
import { listCodec } from './list/codec';
import { liveUpdateCodec } from './live-update/codec';
import { paragraphCodec } from './paragraph/codec';
import { photoCodec } from './photo/codec';
import { pullQuoteCodec } from './pull-quote/codec';
import { quoteCodec } from './quote/codec';
import { rawBlockCodec } from './raw-block/codec';
import { readAlsoCodec } from './read-also/codec';
import { separatorCodec } from './separator/codec';
import { signatureCodec } from './signature/codec';

/**
 * How each block of the registry (registry.ts) is written as WordPress block markup and Markdown
 * and read back, in the registry's order: where two blocks read the same WordPress block (a
 * marked paragraph and a plain one), the earlier, more particular one is tried first. The core
 * converts; the editor never loads these (nor the HTML parser they need) to open an article.
 */
export const bodyCodecs: readonly BlockCodec[] = [
  pullQuoteCodec,
  interviewQuestionCodec,
  liveUpdateCodec,
  readAlsoCodec,
  adSlotCodec,
  factBoxCodec,
  signatureCodec,
  separatorCodec,
  photoCodec,
  paragraphCodec,
  headingCodec,
  quoteCodec,
  listCodec,
  rawBlockCodec,
];

const byType = new Map(bodyCodecs.map((codec) => [codec.type, codec]));

/** The conversions of a block type, or undefined for an inline node (text, link) or a type no body holds. */
export function codecOf(type: string): BlockCodec | undefined {
  return byType.get(type);
}

const readers = new Map<string, BlockToNode[]>();
for (const { fromBlocks } of bodyCodecs) {
  if (fromBlocks) for (const name of fromBlocks.blocks) readers.set(name, [...(readers.get(name) ?? []), fromBlocks.read]);
}

/** The readers of a WordPress block name, the most particular first. */
export function readersOf(name: string): readonly BlockToNode[] {
  return readers.get(name) ?? [];
}
