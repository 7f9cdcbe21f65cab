import { FactBoxNode, type FactBox } from '../../../shared/document/nodes/fact-box/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

function FactBoxBlock({ properties: box, update }: BlockUi<FactBox>) {
  const { t } = useT();
  return (
    <BlockFrame name={t('insert.factBox')} className="spalt-fact-box">
      <TextField label={t('block.factBox.heading')} value={box.heading} onChange={(heading) => update({ heading })} />
      <TextField
        label={t('block.factBox.items')}
        value={box.items.join('\n')}
        onChange={(text) => update({ items: text.split('\n') })}
        multiline
      />
    </BlockFrame>
  );
}

export const FactBoxEditorNode = editorBlockNode(FactBoxNode, 'aside', (ui) => <FactBoxBlock {...ui} />);
