import { decoratorBlockNode } from '../block-node';

/** A marker in the body where the site places an ad; it has no properties. */
export class AdSlotNode extends decoratorBlockNode('ad-slot', {}) {}
