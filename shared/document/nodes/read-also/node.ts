import { decoratorBlockNode } from '../block-node';
import { defineProps, nullableTextProp, textProp, type PropValues } from '../props';

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
export class ReadAlsoNode extends decoratorBlockNode('read-also', readAlsoProps, ({ title }) => `${readAlsoLabel} ${title}`) {}
