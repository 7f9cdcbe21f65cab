import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, createCommand } from 'lexical';
import { useEffect } from 'react';
import { setBlockType } from '../commands';

/** Asks the toolbar to open its link dialog (Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG_COMMAND');

/**
 * Block shortcuts as word processors have them: Ctrl+Alt+2/3 subheadings, Ctrl+Alt+0 body text,
 * Ctrl+Shift+7/8 lists, Ctrl+Shift+9 quote, Ctrl+K link. Bold, italic, underline, undo and redo
 * come with Lexical's rich text and history.
 */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const run = (action: () => void) => {
            event.preventDefault();
            action();
            return true;
          };
          if (event.altKey && !event.shiftKey) {
            if (event.code === 'Digit2') return run(() => setBlockType(editor, 'h2'));
            if (event.code === 'Digit3') return run(() => setBlockType(editor, 'h3'));
            if (event.code === 'Digit0') return run(() => setBlockType(editor, 'paragraph'));
          }
          if (event.shiftKey && !event.altKey) {
            if (event.code === 'Digit7') return run(() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined));
            if (event.code === 'Digit8') return run(() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined));
            if (event.code === 'Digit9') return run(() => setBlockType(editor, 'quote'));
          }
          if (!event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
            return run(() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined));
          }
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
