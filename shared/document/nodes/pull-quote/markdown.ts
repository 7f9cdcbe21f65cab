import type { PhrasingContent, RootContent } from 'mdast';
import { paragraph, text } from '../../mdast';
import type { PullQuote } from './node';

/** A quote in ” ”, in bold, with the person quoted on the line below. */
export function pullQuoteToMarkdown({ text: quote, attribution }: PullQuote): RootContent[] {
  const lines: PhrasingContent[] = [{ type: 'strong', children: [text(`”${quote}”`)] }];
  if (attribution !== '') lines.push({ type: 'break' }, text(`— ${attribution}`));
  return [{ type: 'blockquote', children: [paragraph(lines)] }];
}
