import type { NodeToBlocks } from '../../markup/codec';
import { groupBlock } from '../../markup/group';
import { escapeText } from '../../markup/html';
import { propsFromJSON } from '../props';
import { factBoxProps } from './node';

export const factBoxClass = 'spalt-fact-box';

export const factBoxToBlocks: NodeToBlocks = (node) => {
  const { heading, items } = propsFromJSON(factBoxProps, node);
  return groupBlock(factBoxClass, [
    { name: 'core/heading', attrs: { level: 3 }, before: `<h3>${escapeText(heading)}</h3>` },
    {
      name: 'core/list',
      before: '<ul>',
      inner: items.map((item) => ({ name: 'core/list-item', before: `<li>${escapeText(item)}</li>` })),
      after: '</ul>',
    },
  ]);
};
