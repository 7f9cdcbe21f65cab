/**
 * A checklist item's phrase in the body and the fields: found again by which occurrence it is
 * in its block's or field's text (as shared/proofing/house-style.ts counts them), selected for
 * a jump, or replaced by the item's fix. A phrase that no longer stands where the check saw it
 * (typed over since) is left alone, and the caller says so.
 */
import type { TextNode } from 'lexical';
import type { TextOccurrence } from '../../../shared/article/checklist';
import { nthIndexOf } from '../../../shared/proofing/house-style';

/** The text node holding the whole phrase and where in it the phrase starts; null when it is gone or spans nodes. */
function $phraseAt(nodes: readonly TextNode[], phrase: TextOccurrence): { node: TextNode; offset: number } | null {
  const texts = nodes.map((node) => node.getTextContent());
  const at = nthIndexOf(texts.join(''), phrase.text, phrase.nth);
  if (at < 0) return null;
  let start = 0;
  for (const [index, text] of texts.entries()) {
    const end = start + text.length;
    if (at >= start && at + phrase.text.length <= end) return { node: nodes[index] as TextNode, offset: at - start };
    if (at < end) return null;
    start = end;
  }
  return null;
}

export function $selectPhrase(nodes: readonly TextNode[], phrase: TextOccurrence): boolean {
  const found = $phraseAt(nodes, phrase);
  if (found) found.node.select(found.offset, found.offset + phrase.text.length);
  return found !== null;
}

export function $replacePhrase(nodes: readonly TextNode[], phrase: TextOccurrence, fix: string): boolean {
  const found = $phraseAt(nodes, phrase);
  if (found) found.node.spliceText(found.offset, phrase.text.length, fix, true);
  return found !== null;
}

/** Where a phrase stands in a field's value, as [start, end], or null. */
export function phraseRange(value: string, phrase: TextOccurrence): [number, number] | null {
  const at = nthIndexOf(value, phrase.text, phrase.nth);
  return at < 0 ? null : [at, at + phrase.text.length];
}
