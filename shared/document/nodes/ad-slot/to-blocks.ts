import type { NodeToBlocks } from '../../markup/codec';

/** An empty element: any theme shows nothing, and the site's ad script finds it by its class. */
export const adSlotHtml = '<div class="spalt-ad-slot"></div>';

export const adSlotToBlocks: NodeToBlocks = () => ({ name: 'core/html', before: adSlotHtml });
