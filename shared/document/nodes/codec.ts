import type { Klass, LexicalNode } from 'lexical';
import type { PhrasingContent, RootContent } from 'mdast';
import type { MarkupOut } from '../markup/block';
import type { BlockToNode, NodeToBlocks } from '../markup/codec';
import type { ParsedBlock } from '../markup/grammar';
import { decoratorNode, type SerializedBodyNode } from '../markup/serialized';
import type { BlockDecoratorClass } from './block-node';
import { propsFromJSON, propsToJSON, type Props, type PropValues } from './props';

/**
 * How a block is written and read elsewhere: as WordPress block markup and as Markdown. Apart
 * from its definition (definition.ts), which the editor needs from its start: these conversions
 * run in the core and need an HTML parser, which the editor never loads to open an article.
 */

/** What a node's Markdown is made with: its inline content and the blocks it holds. */
export interface MarkdownContext {
  phrasing: (nodes: readonly SerializedBodyNode[]) => PhrasingContent[];
  blocks: (nodes: readonly SerializedBodyNode[]) => RootContent[];
}

export type NodeToMarkdown = (node: SerializedBodyNode, context: MarkdownContext) => RootContent[];

/** One block's conversions; the codecs list (codecs.ts) holds one for each block the registry defines. */
export interface BlockCodec {
  /** The `type` its JSON carries: its definition's. */
  type: string;
  /** Writes it as block markup, or nothing (an empty paragraph is no paragraph for a reader). */
  toBlocks: NodeToBlocks;
  /** Reads it from WordPress blocks of these names; of two readers of one name, the list's earlier is tried first. */
  fromBlocks?: { blocks: readonly string[]; read: BlockToNode };
  toMarkdown: NodeToMarkdown;
}

/** The conversions of a block whose JSON they read as it is: an element with children. */
export function defineCodec(node: Klass<LexicalNode> & { getType(): string }, codec: Omit<BlockCodec, 'type'>): BlockCodec {
  return { type: node.getType(), ...codec };
}

/** A block decorator's conversions, each written over its typed properties, never its JSON. */
export interface DecoratorCodecSpec<V> {
  toBlocks(values: V): MarkupOut;
  /** The WordPress blocks it reads, and its properties read from one, or null when the block holds anything it cannot keep. */
  fromBlocks?: { blocks: readonly string[]; read(block: ParsedBlock): V | null };
  toMarkdown(values: V): RootContent[];
}

export function defineDecoratorCodec<P extends Props>(node: BlockDecoratorClass<P>, spec: DecoratorCodecSpec<PropValues<P>>): BlockCodec {
  const props = node.properties;
  const type = node.getType();
  const read = (json: Readonly<Record<string, unknown>>) => propsFromJSON(props, json);
  const { fromBlocks } = spec;
  return {
    type,
    toBlocks: (json) => spec.toBlocks(read(json)),
    ...(fromBlocks && {
      fromBlocks: {
        blocks: fromBlocks.blocks,
        read: (block) => {
          const values = fromBlocks.read(block);
          return values && decoratorNode(type, propsToJSON(props, values));
        },
      },
    }),
    toMarkdown: (json) => spec.toMarkdown(read(json)),
  };
}
