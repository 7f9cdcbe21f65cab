import type { ListItem, RootContent } from 'mdast';
import { paragraph, text } from '../../mdast';
import type { FactBox } from './node';

/** The heading in bold, then the facts as a list. */
export function factBoxToMarkdown({ heading, items }: FactBox): RootContent[] {
  const out: RootContent[] = [];
  if (heading !== '') out.push(paragraph([{ type: 'strong', children: [text(heading)] }]));
  if (items.length > 0) {
    out.push({
      type: 'list',
      ordered: false,
      spread: false,
      children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph([text(item)])] })),
    });
  }
  return out;
}
