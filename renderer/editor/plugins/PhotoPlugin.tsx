import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  DRAGOVER_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { importPhotoFile } from '../../photos/import-photos';
import { PhotoPickerDialog, type PickedPhoto } from '../../photos/PhotoPickerDialog';
import { $placeBlock } from '../insert-blocks';
import { OPEN_PHOTO_PICKER_COMMAND } from '../../../shared/document/nodes/photo/definition';
import { $createLibraryPhotoNode } from '../photo-blocks';

interface DropState {
  importing: number;
  failures: Array<{ fileName: string; error: unknown }>;
}

/** The caret as it was, if its nodes are still there; else none, and the photo goes at the end. */
function $restore(selection: BaseSelection | null): void {
  if (!$isRangeSelection(selection)) {
    $setSelection(null);
    return;
  }
  try {
    selection.anchor.getNode();
    selection.focus.getNode();
    $setSelection(selection.clone());
  } catch {
    $setSelection(null);
  }
}

/** Puts library photos, in order, where the caret was. */
function insertPhotos(editor: LexicalEditor, photos: readonly PickedPhoto[], at: BaseSelection | null): void {
  if (photos.length === 0) return;
  editor.update(() => {
    $restore(at);
    for (const photo of photos) $placeBlock($createLibraryPhotoNode(photo));
  });
  editor.focus();
}

/**
 * Photos in the body: the picker the Infoga menu, the slash menu and its shortcut open, and image
 * files dropped or pasted into the text, which are imported into the library and placed there.
 */
export function PhotoPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t, errorText } = useT();
  const [picking, setPicking] = useState<{ at: BaseSelection | null } | null>(null);
  const [drop, setDrop] = useState<DropState>({ importing: 0, failures: [] });

  useEffect(() => {
    async function importAndPlace(files: File[], at: BaseSelection | null) {
      setDrop({ importing: files.length, failures: [] });
      const placed: PickedPhoto[] = [];
      const failures: DropState['failures'] = [];
      for (const file of files) {
        try {
          placed.push((await importPhotoFile(file)).photo);
        } catch (error) {
          failures.push({ fileName: file.name, error });
        }
      }
      setDrop({ importing: 0, failures });
      insertPhotos(editor, placed, at);
    }
    return mergeRegister(
      editor.registerCommand(
        OPEN_PHOTO_PICKER_COMMAND,
        () => {
          setPicking({ at: $getSelection()?.clone() ?? null });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          if (!editor.isEditable() || files.length === 0) return false;
          void importAndPlace(files, $getSelection()?.clone() ?? null);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // Files may be dropped anywhere in the text, not only on a block.
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (event.dataTransfer?.types.includes('Files') && editor.isEditable()) event.preventDefault();
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  return (
    <>
      {drop.importing > 0 ? (
        <p className="photo-drop-status" role="status">
          {t('photoDrop.importing', { count: drop.importing })}
        </p>
      ) : null}
      {drop.failures.length > 0 ? (
        <div className="photo-drop-failures" role="alert">
          {drop.failures.map(({ fileName, error }, index) => (
            <p key={`${index}-${fileName}`}>{errorText(error)}</p>
          ))}
          <button type="button" onClick={() => setDrop({ importing: 0, failures: [] })}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      {picking ? (
        <PhotoPickerDialog
          title={t('photoInsert.title')}
          onCancel={() => {
            setPicking(null);
            editor.focus();
          }}
          onPick={(photo) => {
            const at = picking.at;
            setPicking(null);
            insertPhotos(editor, [photo], at);
          }}
        />
      ) : null}
    </>
  );
}
