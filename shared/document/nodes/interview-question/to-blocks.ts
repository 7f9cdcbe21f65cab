import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf } from '../../markup/serialized';

export const questionClass = 'spalt-question';

export const interviewQuestionToBlocks: NodeToBlocks = (node) => ({
  name: 'core/paragraph',
  attrs: { className: questionClass },
  before: `<p class="${questionClass}">${inlineToHtml(childrenOf(node))}</p>`,
});
