import type { BlockDecoratorClass } from './block-node';
import { defineBlock, type ArticleLink, type BodyNodeDefinition, type MenuEntry, type PhotoTexts, type PhotoUse } from './definition';
import { propsFromJSON, withPropsJSON, type Props, type PropValues } from './props';

/** A block decorator's definition, each part written over its typed properties, never its JSON. */
export interface DecoratorBlockSpec<P extends Props, V = PropValues<P>> {
  node: BlockDecoratorClass<P>;
  photo?: { of: (values: V) => PhotoUse; with: (photo: Partial<PhotoTexts>) => Partial<V> };
  article?: { of: (values: V) => ArticleLink; withUrl: (url: string) => Partial<V> };
  verbatim?: (values: V) => string;
  menu?: MenuEntry;
}

/** The definition of a block decorator built by `decoratorBlockNode`: the registry's JSON-level parts made from the typed ones (its conversions: defineDecoratorCodec). */
export function defineDecoratorBlock<P extends Props>(spec: DecoratorBlockSpec<P>): BodyNodeDefinition {
  const { node, photo, article, verbatim } = spec;
  const props = node.properties;
  const read = (json: Readonly<Record<string, unknown>>) => propsFromJSON(props, json);
  return defineBlock({
    node,
    text: (json) => node.textOf(read(json)),
    ...(photo && { photo: { of: (json) => photo.of(read(json)), with: (json, texts) => withPropsJSON(props, json, photo.with(texts)) } }),
    ...(article && {
      article: { of: (json) => article.of(read(json)), withUrl: (json, url) => withPropsJSON(props, json, article.withUrl(url)) },
    }),
    ...(verbatim && { verbatim: (json) => verbatim(read(json)) }),
    ...(spec.menu && { menu: spec.menu }),
  });
}
