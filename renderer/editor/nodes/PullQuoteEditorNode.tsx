import type { NodeKey } from 'lexical';
import type { JSX } from 'react';
import { PullQuoteNode, type PullQuote } from '../../../shared/document/nodes/pull-quote/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField, blockContainer, useBlockUpdate } from './block-fields';

function PullQuoteBlock({ nodeKey, quote }: { nodeKey: NodeKey; quote: PullQuote }) {
  const { t } = useT();
  const update = useBlockUpdate(nodeKey, PullQuoteNode);
  const set = (change: Partial<PullQuote>) => update((node) => node.setPullQuote(change));
  return (
    <BlockFrame name={t('insert.pullQuote')} className="spalt-pull-quote">
      <TextField label={t('block.pullQuote.text')} value={quote.text} onChange={(text) => set({ text })} multiline className="spalt-pull-quote-text" />
      <TextField label={t('block.pullQuote.attribution')} value={quote.attribution} onChange={(attribution) => set({ attribution })} />
    </BlockFrame>
  );
}

export class PullQuoteEditorNode extends PullQuoteNode {
  override $config() {
    return this.config('pull-quote', { extends: PullQuoteNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer('aside');
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <PullQuoteBlock nodeKey={this.getKey()} quote={this.getPullQuote()} />;
  }
}
