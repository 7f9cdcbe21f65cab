import type { NodeKey } from 'lexical';
import type { JSX } from 'react';
import { PhotoNode, type Photo } from '../../../shared/document/nodes/photo/node';
import { useT } from '../../i18n';
import { BlockFrame, TextField, blockContainer, useBlockUpdate } from './block-fields';

const libraryPrefix = 'spalt-photo:';

/** Only what the page may load (CSP: self, data:, blob:) or what the site will fetch (http, https). */
function isDisplayable(src: string): boolean {
  return /^https?:\/\//i.test(src) || /^data:image\/(png|jpeg|gif|webp);base64,/i.test(src);
}

function PhotoBlock({ nodeKey, photo }: { nodeKey: NodeKey; photo: Photo }) {
  const { t } = useT();
  const update = useBlockUpdate(nodeKey, PhotoNode);
  const set = (change: Partial<Photo>) => update((node) => node.setPhoto(change));
  const libraryId = photo.src.startsWith(libraryPrefix) ? (photo.photoId ?? photo.src.slice(libraryPrefix.length)) : null;
  return (
    <BlockFrame name={t('insert.photo')} className="spalt-photo">
      {isDisplayable(photo.src) ? <img className="spalt-photo-image" src={photo.src} alt={photo.alt} /> : null}
      {libraryId !== null ? (
        <p className="spalt-block-note">{t('block.photo.library', { id: libraryId })}</p>
      ) : (
        <TextField label={t('block.photo.src')} value={photo.src} onChange={(src) => set({ src })} />
      )}
      <TextField label={t('block.photo.alt')} value={photo.alt} onChange={(alt) => set({ alt })} />
      <TextField label={t('block.photo.caption')} value={photo.caption} onChange={(caption) => set({ caption })} />
      <TextField label={t('block.photo.credit')} value={photo.credit} onChange={(credit) => set({ credit })} />
    </BlockFrame>
  );
}

export class PhotoEditorNode extends PhotoNode {
  override $config() {
    return this.config('photo', { extends: PhotoNode });
  }

  override createDOM(): HTMLElement {
    return blockContainer('figure');
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <PhotoBlock nodeKey={this.getKey()} photo={this.getPhoto()} />;
  }
}
