/** Naming a block of an article's body for a note: its first words. */
import type { BodyDocument } from '../../../shared/document/body';
import { bodyPlainText } from '../../../shared/document/plain-text';

const shownWords = 8;

export function blockTextAt(body: BodyDocument, index: number): string {
  const node = body.root.children[index];
  if (!node) return '';
  const text = bodyPlainText({ root: { ...body.root, children: [node] } })
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ');
  return words.length > shownWords ? `${words.slice(0, shownWords).join(' ')} …` : text;
}
