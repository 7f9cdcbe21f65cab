import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { afterStart } from '../../start/started';
import { PHOTO_SYNC_TAG } from '../photo-blocks';

interface ChangePluginProps {
  onReady: (editor: LexicalEditor) => void;
  /** Called on every content change; must be cheap, it is on the typing path. */
  onChange: () => void;
  onBlur: () => void;
  /** The body's text, a moment after typing pauses. */
  onText: (text: string) => void;
}

const textDelayMs = 300;

/** Tells the article view about changes without serializing anything while the user types. */
export function ChangePlugin({ onReady, onChange, onBlur, onText }: ChangePluginProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onReady(editor);
    // One timer per pause rather than one per keystroke: each change only moves the time the
    // text is due, and the timer, when it fires early, waits out the rest.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let due = 0;
    const readText = () => onText(editor.getEditorState().read(() => $getRoot().getTextContent()));
    const whenDue = () => {
      const wait = due - performance.now();
      timer = wait > 0 ? setTimeout(whenDue, wait) : undefined;
      if (wait <= 0) readText();
    };
    // The first count waits until the caret is placed: it reads the whole body.
    const cancelFirstRead = afterStart(readText);
    const stop = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        // Loading a body, and Lexical re-running transforms when a plugin registers one, are not
        // edits; a photo block taking the library's new credit is, though it stays out of undo.
        if (prevEditorState.isEmpty() || (tags.has(HISTORY_MERGE_TAG) && !tags.has(PHOTO_SYNC_TAG))) return;
        onChange();
        due = performance.now() + textDelayMs;
        timer ??= setTimeout(whenDue, textDelayMs);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          onBlur();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
    return () => {
      cancelFirstRead();
      clearTimeout(timer);
      stop();
    };
  }, [editor, onReady, onChange, onBlur, onText]);
  return null;
}
