import { AdSlotNode } from '../../../shared/document/nodes/ad-slot/node';
import { useT } from '../../i18n';
import { editorBlockNode } from './editor-block-node';

/** Where the site places an ad: nothing to edit, only a labelled marker. */
function AdSlotMarker() {
  const { t } = useT();
  return (
    <div className="spalt-block spalt-ad-slot" role="note" aria-label={t('insert.adSlot')}>
      {t('block.adSlot')}
    </div>
  );
}

export const AdSlotEditorNode = editorBlockNode(AdSlotNode, 'div', () => <AdSlotMarker />);
