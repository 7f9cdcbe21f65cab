import type { BodyDocument } from '../body';
import { withAllowedUrls } from '../body-urls';
import { adSlotToBlocks } from '../nodes/ad-slot/to-blocks';
import { factBoxToBlocks } from '../nodes/fact-box/to-blocks';
import { headingToBlocks } from '../nodes/heading/to-blocks';
import { interviewQuestionToBlocks } from '../nodes/interview-question/to-blocks';
import { listToBlocks } from '../nodes/list/to-blocks';
import { liveUpdateToBlocks } from '../nodes/live-update/to-blocks';
import { isEmptyParagraph, paragraphToBlocks } from '../nodes/paragraph/to-blocks';
import { photoToBlocks } from '../nodes/photo/to-blocks';
import { pullQuoteToBlocks } from '../nodes/pull-quote/to-blocks';
import { quoteToBlocks } from '../nodes/quote/to-blocks';
import { rawBlockToBlocks } from '../nodes/raw-block/to-blocks';
import { readAlsoToBlocks } from '../nodes/read-also/to-blocks';
import { separatorToBlocks } from '../nodes/separator/to-blocks';
import { signatureToBlocks } from '../nodes/signature/to-blocks';
import { serializeBlocks, type MarkupOut } from './block';
import type { NodeToBlocks, ToBlocksContext } from './codec';
import type { SerializedBodyNode } from './serialized';

const writers: Readonly<Record<string, NodeToBlocks>> = {
  paragraph: paragraphToBlocks,
  heading: headingToBlocks,
  quote: quoteToBlocks,
  list: listToBlocks,
  photo: photoToBlocks,
  'pull-quote': pullQuoteToBlocks,
  'interview-question': interviewQuestionToBlocks,
  'live-update': liveUpdateToBlocks,
  'read-also': readAlsoToBlocks,
  'ad-slot': adSlotToBlocks,
  'fact-box': factBoxToBlocks,
  signature: signatureToBlocks,
  separator: separatorToBlocks,
  'raw-block': rawBlockToBlocks,
};

const context: ToBlocksContext = {
  nodesToBlocks: (nodes: readonly SerializedBodyNode[]): MarkupOut[] =>
    nodes.filter((node) => !isEmptyParagraph(node)).map((node) => {
      const write = writers[node.type];
      // bodyNodes and this table go together; a body that passed the core's parse never gets here.
      if (!write) throw new Error(`No block markup for body node "${node.type}"`);
      return write(node, context);
    }),
};

/**
 * The body as WordPress block markup, the way WordPress 6.1's editor saves those blocks. An
 * address the URL policy refuses never reaches the markup, whoever calls this.
 */
export function documentToBlocks(body: BodyDocument): string {
  return serializeBlocks(context.nodesToBlocks(withAllowedUrls(body).root.children));
}
