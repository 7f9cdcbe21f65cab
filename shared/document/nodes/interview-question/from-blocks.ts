import type { BlockToNode } from '../../markup/codec';
import { hasOnlyAttributes, singleElement, type HtmlNode } from '../../markup/html';
import { htmlToInline } from '../../markup/inline';
import { elementNode } from '../../markup/serialized';
import { paragraphElement } from '../paragraph/from-blocks';
import { questionClass } from './to-blocks';

/** The question's own content: inside the bold that wraps it, or (as Spalt first wrote questions) the paragraph's content. */
function questionContent(children: HtmlNode[]): HtmlNode[] {
  const bold = singleElement(children);
  const wrapsAll = bold !== null && children.every((child) => child === bold || (child.kind === 'text' && child.text === ''));
  return wrapsAll && bold.tag === 'strong' && hasOnlyAttributes(bold, {}) ? bold.children : children;
}

export const interviewQuestionFromBlocks: BlockToNode = (block) => {
  const p = paragraphElement(block, questionClass);
  const children = p && htmlToInline(questionContent(p.children));
  return children && elementNode('interview-question', children);
};
