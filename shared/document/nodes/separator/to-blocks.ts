import type { BlockOut } from '../../markup/block';

/** WordPress 6.1 marks a separator's default opacity with a class. */
export const separatorHtml = '<hr class="wp-block-separator has-alpha-channel-opacity"/>';

export const separatorToBlocks = (): BlockOut => ({ name: 'core/separator', before: separatorHtml });
