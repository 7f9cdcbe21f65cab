import type { RootContent } from 'mdast';
import type { MarkupOut } from '../markup/block';
import type { ParsedBlock } from '../markup/grammar';
import { decoratorNode } from '../markup/serialized';
import type { BlockDecoratorClass } from './block-node';
import { defineBlock, type ArticleLink, type BodyNodeDefinition, type MenuEntry, type PhotoTexts, type PhotoUse } from './definition';
import { propsFromJSON, propsToJSON, withPropsJSON, type Props, type PropValues } from './props';

/** A block decorator's definition, each part written over its typed properties, never its JSON. */
export interface DecoratorBlockSpec<P extends Props, V = PropValues<P>> {
  node: BlockDecoratorClass<P>;
  toBlocks(values: V): MarkupOut;
  /** The WordPress blocks it reads, and its properties read from one, or null when the block holds anything it cannot keep. */
  fromBlocks?: { blocks: readonly string[]; read(block: ParsedBlock): V | null };
  toMarkdown(values: V): RootContent[];
  photo?: { of: (values: V) => PhotoUse; with: (photo: Partial<PhotoTexts>) => Partial<V> };
  article?: { of: (values: V) => ArticleLink; withUrl: (url: string) => Partial<V> };
  verbatim?: (values: V) => string;
  menu?: MenuEntry;
}

/** The definition of a block decorator built by `decoratorBlockNode`: the registry's JSON-level parts made from the typed ones. */
export function defineDecoratorBlock<P extends Props>(spec: DecoratorBlockSpec<P>): BodyNodeDefinition {
  const { node, fromBlocks, photo, article, verbatim } = spec;
  const props = node.properties;
  const type = node.getType();
  const read = (json: Readonly<Record<string, unknown>>) => propsFromJSON(props, json);
  return defineBlock({
    node,
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
    text: (json) => node.textOf(read(json)),
    ...(photo && { photo: { of: (json) => photo.of(read(json)), with: (json, texts) => withPropsJSON(props, json, photo.with(texts)) } }),
    ...(article && {
      article: { of: (json) => article.of(read(json)), withUrl: (json, url) => withPropsJSON(props, json, article.withUrl(url)) },
    }),
    ...(verbatim && { verbatim: (json) => verbatim(read(json)) }),
    ...(spec.menu && { menu: spec.menu }),
  });
}
