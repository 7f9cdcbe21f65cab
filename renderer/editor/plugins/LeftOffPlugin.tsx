import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect, useRef } from 'react';
import type { BodyPlace } from '../../../shared/article/left-off';
import { $bodyPlaceOfSelection, $selectBodyPlace } from '../body-place';

interface LeftOffPluginProps {
  /** Where to put the caret as the editor opens (where the journalist left off), or null for nowhere. */
  startPlace: BodyPlace | 'end' | null;
  /** The editor is ready for typing: the caret is in place, or there is none to place. */
  onStarted: () => void;
  /** Where the caret is after each edit of the body. */
  onPlace: (place: BodyPlace) => void;
}

/** Opens the body with the caret where the journalist left off, and follows where they write. */
export function LeftOffPlugin({ startPlace, onStarted, onPlace }: LeftOffPluginProps) {
  const [editor] = useLexicalComposerContext();
  // The place counts once, as the editor opens; the callbacks may change with every render.
  const opening = useRef({ startPlace, onStarted });

  useEffect(() => {
    const { startPlace: place, onStarted: started } = opening.current;
    if (place === null || !editor.isEditable()) {
      started();
      return;
    }
    editor.update(() => $selectBodyPlace(place), { tag: HISTORY_MERGE_TAG });
    editor.focus(started);
  }, [editor]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // As ChangePlugin: loading a body and re-run transforms are not edits.
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        const place = editorState.read($bodyPlaceOfSelection);
        if (place) onPlace(place);
      }),
    [editor, onPlace],
  );
  return null;
}
