import { hasAttrs, leafHtml } from '../../markup/codec';
import type { ParsedBlock } from '../../markup/grammar';
import { groupInnerBlocks } from '../../markup/group';
import { hasOnlyAttributes, parseHtml, singleElement } from '../../markup/html';
import type { Signature, Signer } from './node';
import { signatureClass } from './to-blocks';

export function signatureFromBlocks(block: ParsedBlock): Signature | null {
  const signers = groupInnerBlocks(block, signatureClass)?.map(readSigner) ?? [null];
  if (signers.some((signer) => signer === null)) return null;
  return { signers: signers.filter((signer): signer is Signer => signer !== null) };
}

function readSigner(block: ParsedBlock): Signer | null {
  const html = block.name === 'core/paragraph' && hasAttrs(block, {}) ? leafHtml(block) : null;
  const nodes = html === null ? null : parseHtml(html);
  const p = nodes && singleElement(nodes);
  if (!p || p.tag !== 'p' || !hasOnlyAttributes(p, {})) return null;
  const [name, br, title, ...rest] = p.children;
  if (name?.kind !== 'text' || rest.length > 0) return null;
  if (br === undefined) return { name: name.text, title: '' };
  const isBreak = br.kind === 'element' && br.tag === 'br' && hasOnlyAttributes(br, {});
  return isBreak && title?.kind === 'text' ? { name: name.text, title: title.text } : null;
}
