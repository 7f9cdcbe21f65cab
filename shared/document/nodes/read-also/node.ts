import { DecoratorNode, $create } from 'lexical';
import { blockText } from '../block-text';
import { $readProps, $writeProps, defineProps, flatStates, nullableTextProp, textProp, type PropValues } from '../props';

export const readAlsoProps = defineProps({
  /** The linked article in Spalt, when it is one of the newsroom's own. */
  articleId: nullableTextProp,
  url: textProp,
  title: textProp,
});
export type ReadAlso = PropValues<typeof readAlsoProps>;

/** The label the site prints before the linked headline. */
export const readAlsoLabel = 'Läs även:';

/** "Läs även:" and a link to another article. */
export class ReadAlsoNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('read-also', { extends: DecoratorNode, stateConfigs: flatStates(readAlsoProps) });
  }

  getReadAlso(): ReadAlso {
    return $readProps(this, readAlsoProps);
  }

  setReadAlso(link: Partial<ReadAlso>): this {
    $writeProps(this, readAlsoProps, link);
    return this;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    return blockText(this, `${readAlsoLabel} ${this.getReadAlso().title}`);
  }
}

export function $createReadAlsoNode(link: Partial<ReadAlso>): ReadAlsoNode {
  return $create(ReadAlsoNode).setReadAlso(link);
}
