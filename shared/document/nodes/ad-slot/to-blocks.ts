import type { BlockOut } from '../../markup/block';

/** An empty element: any theme shows nothing, and the site's ad script finds it by its class. */
export const adSlotHtml = '<div class="spalt-ad-slot"></div>';

export const adSlotToBlocks = (): BlockOut => ({ name: 'core/html', before: adSlotHtml });
