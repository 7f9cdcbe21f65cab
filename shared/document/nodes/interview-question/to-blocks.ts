import type { NodeToBlocks } from '../../markup/codec';
import { inlineToHtml } from '../../markup/inline';
import { childrenOf } from '../../markup/serialized';

export const questionClass = 'spalt-question';

/** Bold inside, so a theme that does not know the class still sets the question apart from its answer. */
export const interviewQuestionToBlocks: NodeToBlocks = (node) => ({
  name: 'core/paragraph',
  attrs: { className: questionClass },
  before: `<p class="${questionClass}"><strong>${inlineToHtml(childrenOf(node))}</strong></p>`,
});
