import type { NodeKey } from 'lexical';
import type { JSX } from 'react';
import { FactBoxNode, type FactBox } from '../../../shared/document/nodes/fact-box/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField, blockContainer, useBlockUpdate } from './block-fields';

function FactBoxBlock({ nodeKey, box }: { nodeKey: NodeKey; box: FactBox }) {
  const { t } = useT();
  const update = useBlockUpdate(nodeKey, FactBoxNode);
  const set = (change: Partial<FactBox>) => update((node) => node.setFactBox(change));
  return (
    <BlockFrame name={t('insert.factBox')} className="spalt-fact-box">
      <TextField label={t('block.factBox.heading')} value={box.heading} onChange={(heading) => set({ heading })} />
      <TextField label={t('block.factBox.items')} value={box.items.join('\n')} onChange={(text) => set({ items: text.split('\n') })} multiline />
    </BlockFrame>
  );
}

export class FactBoxEditorNode extends FactBoxNode {
  override $config() {
    return this.config('fact-box', { extends: FactBoxNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer('aside');
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <FactBoxBlock nodeKey={this.getKey()} box={this.getFactBox()} />;
  }
}
