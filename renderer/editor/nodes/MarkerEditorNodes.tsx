import type { JSX } from 'react';
import { AdSlotNode } from '../../../shared/document/nodes/ad-slot/node';
import { RawBlockNode } from '../../../shared/document/nodes/raw-block/node';
import { SeparatorNode } from '../../../shared/document/nodes/separator/node';
import { useT } from '../../i18n';
import { blockContainer } from './block-fields';

function AdSlotMarker() {
  const { t } = useT();
  return (
    <div className="spalt-block spalt-ad-slot" role="note" aria-label={t('insert.adSlot')}>
      {t('block.adSlot')}
    </div>
  );
}

function RawBlockView({ markup }: { markup: string }) {
  const { t } = useT();
  return (
    <div className="spalt-block spalt-raw-block" role="note" aria-label={t('block.raw.label')}>
      <p className="spalt-block-note">{t('block.raw.label')}</p>
      <pre className="spalt-raw-markup">{markup}</pre>
    </div>
  );
}

/** Where the site places an ad: nothing to edit, only a labelled marker. */
export class AdSlotEditorNode extends AdSlotNode {
  override $config() {
    return this.config('ad-slot', { extends: AdSlotNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer();
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <AdSlotMarker />;
  }
}

export class SeparatorEditorNode extends SeparatorNode {
  override $config() {
    return this.config('separator', { extends: SeparatorNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer();
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <hr className="spalt-separator" />;
  }
}

/** Read-only on purpose: the markup goes back to WordPress exactly as it came. */
export class RawBlockEditorNode extends RawBlockNode {
  override $config() {
    return this.config('raw-block', { extends: RawBlockNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer();
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <RawBlockView markup={this.getMarkup()} />;
  }
}
