import type { BodyDocument } from '../body';
import { withAllowedUrls } from '../body-urls';
import { codecOf } from '../nodes/codecs';
import { serializeBlocks, type MarkupOut } from './block';
import type { ToBlocksContext } from './codec';
import type { SerializedBodyNode } from './serialized';

const context: ToBlocksContext = {
  nodesToBlocks: (nodes: readonly SerializedBodyNode[]): MarkupOut[] =>
    nodes.flatMap((node) => {
      const codec = codecOf(node.type);
      // The codecs and the core's parse go together; a body that passed that parse never gets here.
      if (!codec) throw new Error(`No block markup for body node "${node.type}"`);
      return codec.toBlocks(node, context) ?? [];
    }),
};

/**
 * The body as WordPress block markup, the way WordPress 6.1's editor saves those blocks. An
 * address the URL policy refuses never reaches the markup, whoever calls this.
 */
export function documentToBlocks(body: BodyDocument): string {
  return serializeBlocks(context.nodesToBlocks(withAllowedUrls(body).root.children));
}
