import { RawBlockNode } from '../../../shared/document/nodes/raw-block/node';
import { useT } from '../../i18n';
import { editorBlockNode } from './editor-block-node';

/** Read-only on purpose: the markup goes back to WordPress exactly as it came. */
function RawBlockView({ markup }: { markup: string }) {
  const { t } = useT();
  return (
    <div className="spalt-block spalt-raw-block" role="note" aria-label={t('block.raw.label')}>
      <p className="spalt-block-note">{t('block.raw.label')}</p>
      <pre className="spalt-raw-markup">{markup}</pre>
    </div>
  );
}

export const RawBlockEditorNode = editorBlockNode(RawBlockNode, 'div', ({ properties }) => <RawBlockView markup={properties.markup} />);
