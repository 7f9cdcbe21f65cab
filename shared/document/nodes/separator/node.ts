import { decoratorBlockNode } from '../block-node';

/** A horizontal rule between parts of an article. */
export class SeparatorNode extends decoratorBlockNode('separator', {}) {}
