import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, HISTORY_MERGE_TAG, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import type { Photo as LibraryPhoto } from '../../../shared/article/photo';
import { photoMediaPath } from '../../../shared/article/photo-media';
import { PhotoNode, type Photo } from '../../../shared/document/nodes/photo/node';
import { webAddress } from '../../../shared/url-policy';
import { useT } from '../../i18n';
import { photoLibraryHref } from '../../photos/photo-links';
import { usePhoto } from '../../photos/photo-store';
import { PhotoPickerDialog } from '../../photos/PhotoPickerDialog';
import { PrintedCaption } from '../../photos/PrintedCaption';
import { PHOTO_SYNC_TAG, isLibraryId, libraryIdOf, librarySnapshot, snapshotDiffers } from '../photo-blocks';
import { AddressField, BlockFrame, BlockSettings, InPlaceText, TextField } from './block-fields';
import { editorBlockNode, type BlockUi } from './editor-block-node';

/** A photo by address comes from the web; the URL policy allows nothing else to be stored. */
const photoAddress = (typed: string): string | null => (webAddress(typed.trim()) ? typed.trim() : null);

/**
 * Keeps the block's copy of the library's alt text, caption and credit line in step with the
 * library, so the saved article and its markup say what the library says.
 */
function useSnapshotInStep(nodeKey: NodeKey, block: Photo, library: LibraryPhoto | null): void {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!library || !editor.isEditable()) return;
    const next = librarySnapshot(library);
    if (!snapshotDiffers(block, next)) return;
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if (node instanceof PhotoNode) node.setProperties(next);
      },
      { tag: [HISTORY_MERGE_TAG, PHOTO_SYNC_TAG] },
    );
  }, [editor, nodeKey, block, library]);
}

/** A library photo as the site will show it: the web rendition, then caption and credit line. */
function LibraryPhotoBlock({ photo, update }: { photo: LibraryPhoto; update: BlockUi<Photo>['update'] }) {
  const { t } = useT();
  const editable = useLexicalEditable();
  const [replacing, setReplacing] = useState(false);
  const web = photo.renditions.web;
  return (
    <BlockFrame name={t('insert.photo')} className="spalt-photo">
      <img
        className="spalt-photo-image"
        src={photoMediaPath(photo.id, 'web')}
        alt={photo.alt}
        width={web.width}
        height={web.height}
        decoding="async"
      />
      <PrintedCaption caption={photo.caption} creditLine={photo.creditLine} />
      <BlockSettings>
        <p className="spalt-block-note">{photo.alt.trim() ? t('photoBlock.alt', { alt: photo.alt }) : t('photoBlock.altMissing')}</p>
        <div className="spalt-photo-actions">
          <a href={photoLibraryHref(photo.id)}>{t('photoBlock.edit')}</a>
          {editable ? (
            <button type="button" onClick={() => setReplacing(true)}>
              {t('photoBlock.replace')}
            </button>
          ) : null}
        </div>
      </BlockSettings>
      {replacing ? (
        <PhotoPickerDialog
          title={t('photoBlock.replaceTitle')}
          onCancel={() => setReplacing(false)}
          onPick={(picked) => {
            setReplacing(false);
            update(librarySnapshot(picked));
          }}
        />
      ) : null}
    </BlockFrame>
  );
}

/** A photo by address, or one of a library this Spalt does not hold: caption and credit typed under it, as the page prints them. */
function StoredPhotoBlock({ properties: photo, update, libraryId }: BlockUi<Photo> & { libraryId: string | null }) {
  const { t } = useT();
  return (
    <BlockFrame name={t('insert.photo')} className="spalt-photo">
      {webAddress(photo.src) ? <img className="spalt-photo-image" src={photo.src} alt={photo.alt} /> : null}
      <p className="printed-caption spalt-photo-caption">
        <InPlaceText label={t('block.photo.caption')} value={photo.caption} onChange={(caption) => update({ caption })} />
        <InPlaceText
          className="spalt-credit"
          label={t('block.photo.credit')}
          value={photo.credit}
          onChange={(credit) => update({ credit })}
        />
      </p>
      <BlockSettings>
        {libraryId !== null ? (
          <p className="spalt-block-note">{t('block.photo.library', { id: libraryId })}</p>
        ) : (
          <AddressField
            label={t('block.photo.src')}
            value={photo.src}
            accept={photoAddress}
            refusedMessage={t('url.photoRefused')}
            onChange={(src) => update({ src })}
          />
        )}
        <TextField label={t('block.photo.alt')} value={photo.alt} onChange={(alt) => update({ alt })} />
      </BlockSettings>
    </BlockFrame>
  );
}

function PhotoBlock(ui: BlockUi<Photo>) {
  const { nodeKey, properties: photo, update } = ui;
  const { t } = useT();
  const libraryId = libraryIdOf(photo);
  const known = isLibraryId(libraryId) ? libraryId : null;
  const { photo: library, error } = usePhoto(known);
  useSnapshotInStep(nodeKey, photo, library);
  if (library) return <LibraryPhotoBlock photo={library} update={update} />;
  if (known !== null && error === null) {
    return (
      <BlockFrame name={t('insert.photo')} className="spalt-photo">
        <PrintedCaption caption={photo.caption} creditLine={photo.credit} />
        <p className="spalt-block-note" role="status">
          {t('photoBlock.loading')}
        </p>
      </BlockFrame>
    );
  }
  return <StoredPhotoBlock {...ui} libraryId={libraryId} />;
}

export const PhotoEditorNode = editorBlockNode(PhotoNode, 'figure', (ui) => <PhotoBlock {...ui} />);
