import type { NodeKey } from 'lexical';
import { FactBoxNode, type FactBox } from '../../../shared/document/nodes/fact-box/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField, useBlockUpdate } from './block-fields';
import { editorBlockNode } from './editor-block-node';

function FactBoxBlock({ nodeKey, box }: { nodeKey: NodeKey; box: FactBox }) {
  const { t } = useT();
  const update = useBlockUpdate(nodeKey, FactBoxNode);
  const set = (change: Partial<FactBox>) => update((node) => node.setProperties(change));
  return (
    <BlockFrame name={t('insert.factBox')} className="spalt-fact-box">
      <TextField label={t('block.factBox.heading')} value={box.heading} onChange={(heading) => set({ heading })} />
      <TextField label={t('block.factBox.items')} value={box.items.join('\n')} onChange={(text) => set({ items: text.split('\n') })} multiline />
    </BlockFrame>
  );
}

export const FactBoxEditorNode = editorBlockNode(FactBoxNode, 'aside', (box, nodeKey) => <FactBoxBlock nodeKey={nodeKey} box={box} />);
