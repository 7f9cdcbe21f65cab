import { PullQuoteNode, type PullQuote } from '../../../shared/document/nodes/pull-quote/node';
import { useT } from '../../i18n';
import { BlockFrame, InPlaceText } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

/** As the page sets it (core/pullquote): the quote large between rules, the person below. */
function PullQuoteBlock({ properties: quote, update }: BlockUi<PullQuote>) {
  const { t } = useT();
  return (
    <BlockFrame name={t('insert.pullQuote')} className="wp-block-pullquote spalt-pull-quote">
      <blockquote>
        <p className="spalt-pull-quote-text">
          <InPlaceText label={t('block.pullQuote.text')} value={quote.text} onChange={(text) => update({ text })} />
        </p>
        <cite>
          <InPlaceText
            label={t('block.pullQuote.attribution')}
            value={quote.attribution}
            onChange={(attribution) => update({ attribution })}
          />
        </cite>
      </blockquote>
    </BlockFrame>
  );
}

export const PullQuoteEditorNode = editorBlockNode(PullQuoteNode, 'figure', (ui) => <PullQuoteBlock {...ui} />);
