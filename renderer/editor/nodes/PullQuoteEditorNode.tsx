import type { NodeKey } from 'lexical';
import { PullQuoteNode, type PullQuote } from '../../../shared/document/nodes/pull-quote/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField, useBlockUpdate } from './block-fields';
import { editorBlockNode } from './editor-block-node';

function PullQuoteBlock({ nodeKey, quote }: { nodeKey: NodeKey; quote: PullQuote }) {
  const { t } = useT();
  const update = useBlockUpdate(nodeKey, PullQuoteNode);
  const set = (change: Partial<PullQuote>) => update((node) => node.setProperties(change));
  return (
    <BlockFrame name={t('insert.pullQuote')} className="spalt-pull-quote">
      <TextField label={t('block.pullQuote.text')} value={quote.text} onChange={(text) => set({ text })} multiline className="spalt-pull-quote-text" />
      <TextField label={t('block.pullQuote.attribution')} value={quote.attribution} onChange={(attribution) => set({ attribution })} />
    </BlockFrame>
  );
}

export const PullQuoteEditorNode = editorBlockNode(PullQuoteNode, 'aside', (quote, nodeKey) => <PullQuoteBlock nodeKey={nodeKey} quote={quote} />);
