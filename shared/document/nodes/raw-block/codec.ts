import type { RootContent } from 'mdast';
import { markupText } from '../../markup/verbatim';
import { paragraph, text } from '../../mdast';
import { defineDecoratorCodec } from '../codec';
import { RawBlockNode } from './node';

export const rawBlockCodec = defineDecoratorCodec(RawBlockNode, {
  toBlocks: ({ markup }) => ({ verbatim: markup }),
  // A block Spalt keeps verbatim for WordPress; a Markdown reader gets its text, never its HTML.
  toMarkdown: ({ markup }): RootContent[] => {
    const shown = markupText(markup);
    return shown === '' ? [] : [paragraph([text(shown)])];
  },
});
