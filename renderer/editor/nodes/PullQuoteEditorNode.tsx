import { PullQuoteNode, type PullQuote } from '../../../shared/document/nodes/pull-quote/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

function PullQuoteBlock({ properties: quote, update }: BlockUi<PullQuote>) {
  const { t } = useT();
  return (
    <BlockFrame name={t('insert.pullQuote')} className="spalt-pull-quote">
      <TextField
        label={t('block.pullQuote.text')}
        value={quote.text}
        onChange={(text) => update({ text })}
        multiline
        className="spalt-pull-quote-text"
      />
      <TextField label={t('block.pullQuote.attribution')} value={quote.attribution} onChange={(attribution) => update({ attribution })} />
    </BlockFrame>
  );
}

export const PullQuoteEditorNode = editorBlockNode(PullQuoteNode, 'aside', (ui) => <PullQuoteBlock {...ui} />);
