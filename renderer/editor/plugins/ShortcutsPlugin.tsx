import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, createCommand, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { setBlockType } from '../commands';
import type { Shortcut } from '../../../shared/document/nodes/shortcut';
import { altGraphHeld, matchesShortcut, shortcuts } from '../shortcuts';

/** Asks the toolbar to open its link dialog (Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND = createCommand<void>('OPEN_LINK_DIALOG_COMMAND');

const actions: ReadonlyArray<[Shortcut, (editor: LexicalEditor) => void]> = [
  [shortcuts.h2, (editor) => setBlockType(editor, 'h2')],
  [shortcuts.h3, (editor) => setBlockType(editor, 'h3')],
  [shortcuts.paragraph, (editor) => setBlockType(editor, 'paragraph')],
  [shortcuts.numberedList, (editor) => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)],
  [shortcuts.bulletList, (editor) => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)],
  [shortcuts.quote, (editor) => setBlockType(editor, 'quote')],
  [shortcuts.link, (editor) => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)],
];

/**
 * Block shortcuts (renderer/editor/shortcuts.ts): subheadings and body text with the access
 * modifier, lists and quote with Ctrl/Cmd+Shift, the link with Ctrl/Cmd+K. Bold, italic,
 * underline, undo and redo come with Lexical's rich text and history. While AltGr is held the
 * key types a character: no handler of the editor, ours or Lexical's, sees it.
 */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(KEY_DOWN_COMMAND, (event) => altGraphHeld(event), COMMAND_PRIORITY_CRITICAL),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const action = actions.find(([shortcut]) => matchesShortcut(event, shortcut));
            if (!action) return false;
            event.preventDefault();
            action[1](editor);
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
