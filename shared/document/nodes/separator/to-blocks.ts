import type { NodeToBlocks } from '../../markup/codec';

/** WordPress 6.1 marks a separator's default opacity with a class. */
export const separatorHtml = '<hr class="wp-block-separator has-alpha-channel-opacity"/>';

export const separatorToBlocks: NodeToBlocks = () => ({ name: 'core/separator', before: separatorHtml });
