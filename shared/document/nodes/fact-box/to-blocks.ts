import type { BlockOut } from '../../markup/block';
import { groupBlock } from '../../markup/group';
import { escapeText } from '../../markup/html';
import type { FactBox } from './node';

export const factBoxClass = 'spalt-fact-box';

export function factBoxToBlocks({ heading, items }: FactBox): BlockOut {
  return groupBlock(factBoxClass, [
    { name: 'core/heading', attrs: { level: 3 }, before: `<h3>${escapeText(heading)}</h3>` },
    {
      name: 'core/list',
      before: '<ul>',
      inner: items.map((item) => ({ name: 'core/list-item', before: `<li>${escapeText(item)}</li>` })),
      after: '</ul>',
    },
  ]);
}
