import { decoratorNode, type SerializedBodyNode } from '../../markup/serialized';
import { propsToJSON } from '../props';
import { RawBlockNode, rawBlockProps } from './node';

/** Keeps markup Spalt cannot read, exactly as it stands: what every block no reader takes becomes. */
export function rawBlockNode(markup: string): SerializedBodyNode {
  return decoratorNode(RawBlockNode.getType(), propsToJSON(rawBlockProps, { markup }));
}
