import type { NodeToBlocks } from '../../markup/codec';
import { propsFromJSON } from '../props';
import { rawBlockProps } from './node';

export const rawBlockToBlocks: NodeToBlocks = (node) => ({ verbatim: propsFromJSON(rawBlockProps, node).markup });
