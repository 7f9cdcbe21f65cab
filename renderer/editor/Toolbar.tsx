import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode, $toggleLink } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  HISTORIC_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type EditorState,
  type NodeKey,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Shortcut } from '../../shared/document/nodes/shortcut';
import type { MessageKey } from '../../shared/i18n';
import { rovingItem, useRovingTabIndex } from '../components/useRovingTabIndex';
import { useT } from '../i18n';
import { $selectedBlockType, setBlockType, type BlockType } from './commands';
import { LinkDialog } from './LinkDialog';
import { ariaShortcut, shortcutLabel, shortcuts } from './shortcuts';
import { InsertMenu } from './plugins/InsertBlockPlugin';
import { OPEN_LINK_DIALOG_COMMAND } from './plugins/ShortcutsPlugin';
import { ToolbarIcon, type ToolbarIconName } from './toolbar-icons';

interface ToolbarState {
  block: BlockType | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  linkUrl: string | null;
}

const initialState: ToolbarState = { block: 'paragraph', bold: false, italic: false, underline: false, linkUrl: null };

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return initialState;
  const node = selection.anchor.getNode();
  const link = $isLinkNode(node) ? node : $isLinkNode(node.getParent()) ? node.getParent() : null;
  return {
    block: $selectedBlockType(),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

/**
 * Plain typing leaves the toolbar as it was: text changed (not a whole state put back by undo),
 * no element was changed on purpose (only the blocks around the typed text, as its parents),
 * and the caret or range has the same nodes and formats. Checked before the toolbar reads
 * anything, since it runs on every keystroke.
 */
function sameSelectionPlace(prev: EditorState, next: EditorState, dirtyElements: Map<NodeKey, boolean>): boolean {
  for (const intentional of dirtyElements.values()) if (intentional) return false;
  const a = prev._selection;
  const b = next._selection;
  if (!$isRangeSelection(a) || !$isRangeSelection(b)) return false;
  return (
    a.anchor.key === b.anchor.key &&
    a.anchor.type === b.anchor.type &&
    a.focus.key === b.focus.key &&
    a.focus.type === b.focus.type &&
    a.format === b.format &&
    a.style === b.style
  );
}

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as Array<keyof ToolbarState>).every((key) => a[key] === b[key]);
}

export function Toolbar({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useT();
  const [state, setState] = useState(initialState);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkSelection, setLinkSelection] = useState<BaseSelection | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const roving = useRovingTabIndex(toolbarRef);
  // The toolbar's button when the link dialog was opened from it, else the text (Ctrl+K).
  const linkOpener = useRef<HTMLElement | null>(null);

  const openLinkDialog = useCallback(() => {
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    const active = document.activeElement;
    linkOpener.current = active instanceof HTMLElement && toolbarRef.current?.contains(active) ? active : null;
    if (selection) setLinkSelection(selection);
  }, [editor]);

  /** Focus goes back where the link dialog was opened from. */
  const returnFromLinkDialog = () => {
    const opener = linkOpener.current;
    if (opener?.isConnected) opener.focus();
    else editor.focus();
  };

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
          if (!tags.has(HISTORIC_TAG) && dirtyLeaves.size > 0 && sameSelectionPlace(prevEditorState, editorState, dirtyElements)) return;
          const next = editorState.read($readToolbarState);
          setState((previous) => (sameState(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          OPEN_LINK_DIALOG_COMMAND,
          () => {
            openLinkDialog();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, openLinkDialog],
  );

  function applyLink(url: string | null) {
    const selection = linkSelection;
    setLinkSelection(null);
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      $toggleLink(url === null ? null : { url, rel: 'noopener noreferrer' });
    });
    returnFromLinkDialog();
  }

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const toggleList = (type: 'bullet' | 'number') =>
    state.block === type
      ? editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
      : editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);

  const button = (
    icon: ToolbarIconName,
    label: MessageKey,
    pressed: boolean | undefined,
    action: () => void,
    shortcut?: Shortcut,
    enabled = true,
  ) => (
    <button
      type="button"
      {...rovingItem}
      className="toolbar-button"
      aria-label={t(label)}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      disabled={disabled || !enabled}
      title={shortcut ? `${t(label)} (${shortcutLabel(shortcut)})` : t(label)}
      // Keep the editor's selection: a mouse click on the toolbar must not take focus from it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      <ToolbarIcon name={icon} />
    </button>
  );

  return (
    <>
      <div
        ref={toolbarRef}
        className="toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        onFocus={roving.onFocus}
        onKeyDown={roving.onKeyDown}
      >
        <div className="toolbar-group">
          {button(
            'paragraph',
            'toolbar.paragraph',
            state.block === 'paragraph',
            () => setBlockType(editor, 'paragraph'),
            shortcuts.paragraph,
          )}
          {button('h2', 'toolbar.h2', state.block === 'h2', () => setBlockType(editor, 'h2'), shortcuts.h2)}
          {button('h3', 'toolbar.h3', state.block === 'h3', () => setBlockType(editor, 'h3'), shortcuts.h3)}
        </div>
        <div className="toolbar-group">
          {button('bold', 'toolbar.bold', state.bold, () => format('bold'), shortcuts.bold)}
          {button('italic', 'toolbar.italic', state.italic, () => format('italic'), shortcuts.italic)}
          {button('underline', 'toolbar.underline', state.underline, () => format('underline'), shortcuts.underline)}
          {button('link', 'toolbar.link', state.linkUrl !== null, openLinkDialog, shortcuts.link)}
          {state.linkUrl !== null ? button('removeLink', 'toolbar.removeLink', undefined, () => applyLink(null)) : null}
        </div>
        <div className="toolbar-group">
          {button('bulletList', 'toolbar.bulletList', state.block === 'bullet', () => toggleList('bullet'), shortcuts.bulletList)}
          {button('numberedList', 'toolbar.numberedList', state.block === 'number', () => toggleList('number'), shortcuts.numberedList)}
          {button(
            'quote',
            'toolbar.quote',
            state.block === 'quote',
            () => setBlockType(editor, state.block === 'quote' ? 'paragraph' : 'quote'),
            shortcuts.quote,
          )}
        </div>
        <div className="toolbar-group">
          <InsertMenu disabled={disabled} />
        </div>
        <div className="toolbar-group">
          {button('undo', 'toolbar.undo', undefined, () => editor.dispatchCommand(UNDO_COMMAND, undefined), shortcuts.undo, canUndo)}
          {button('redo', 'toolbar.redo', undefined, () => editor.dispatchCommand(REDO_COMMAND, undefined), shortcuts.redo, canRedo)}
        </div>
      </div>
      {linkSelection ? (
        <LinkDialog
          initialUrl={state.linkUrl ?? ''}
          onApply={applyLink}
          onCancel={() => {
            setLinkSelection(null);
            returnFromLinkDialog();
          }}
        />
      ) : null}
    </>
  );
}
