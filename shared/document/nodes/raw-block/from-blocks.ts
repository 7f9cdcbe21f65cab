import { decoratorNode, type SerializedBodyNode } from '../../markup/serialized';
import { propsToJSON } from '../props';
import { rawBlockProps } from './node';

/** Keeps markup Spalt cannot read, exactly as it stands. */
export function rawBlockNode(markup: string): SerializedBodyNode {
  return decoratorNode('raw-block', propsToJSON(rawBlockProps, { markup }));
}
