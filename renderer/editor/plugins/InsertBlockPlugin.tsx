import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_NORMAL,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { $insertBlock, blockChoices, focusPlacedBlock, insertBlock, matchingChoices, type BlockChoice } from '../insert-blocks';
import { ariaShortcut, matchesShortcut, shortcutLabel } from '../shortcuts';
import { rovingItem } from '../../components/useRovingTabIndex';
import { ToolbarIcon } from '../toolbar-icons';

interface SlashQuery {
  paragraphKey: NodeKey;
  query: string;
}

/**
 * "/" then a name, alone in a paragraph, with the caret at its end. Reads only the caret's
 * text node and its parent, never the document, since it runs on every keystroke.
 */
function $slashQuery(): SlashQuery | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (!$isTextNode(node) || node.getPreviousSibling() !== null || node.getNextSibling() !== null) return null;
  const text = node.getTextContent();
  if (!text.startsWith('/') || text.length > 24 || selection.anchor.offset !== text.length) return null;
  const paragraph = node.getParent();
  return $isParagraphNode(paragraph) ? { paragraphKey: paragraph.getKey(), query: text.slice(1) } : null;
}

const sameQuery = (a: SlashQuery | null, b: SlashQuery | null) => a?.paragraphKey === b?.paragraphKey && a?.query === b?.query;

/** The "/name" paragraph gives way to the chosen block. */
function insertInPlaceOfSlash(editor: LexicalEditor, paragraphKey: NodeKey, choice: BlockChoice): void {
  let placed: NodeKey | null = null;
  editor.update(
    () => {
      const paragraph = $getNodeByKey(paragraphKey);
      if (!$isParagraphNode(paragraph)) return;
      paragraph.clear();
      paragraph.select();
      placed = $insertBlock(choice);
    },
    { onUpdate: () => placed !== null && focusPlacedBlock(editor, placed) },
  );
}

/** The "Infoga" menu button of the toolbar: every block, with its shortcut. */
export function InsertMenu({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (choice: BlockChoice) => {
    setOpen(false);
    // The block takes focus itself (its first field, or the text below it).
    insertBlock(editor, choice);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    const focus = (next: number) => items[(next + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div className="insert-menu" onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setOpen(false)}>
      <button
        ref={buttonRef}
        type="button"
        {...rovingItem}
        className="toolbar-button insert-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        // Keep the editor's selection: the block goes where the caret was.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <ToolbarIcon name="insert" />
        {t('insert.menu')}
      </button>
      {open ? (
        <div ref={menuRef} id={menuId} role="menu" aria-label={t('insert.menuLabel')} className="insert-menu-list" onKeyDown={onKeyDown}>
          {blockChoices.map((choice) => (
            <button
              key={choice.type}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-keyshortcuts={ariaShortcut(choice.shortcut)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(choice)}
            >
              <span>{t(choice.label)}</span>
              <kbd aria-hidden="true">{shortcutLabel(choice.shortcut)}</kbd>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The slash menu and the access-key shortcuts that insert newsroom blocks. */
export function InsertBlockPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useT();
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [dismissed, setDismissed] = useState<NodeKey | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();

  const open = slash !== null && slash.paragraphKey !== dismissed ? slash : null;
  const matches = open ? matchingChoices(open.query, (choice) => t(choice.label)) : [];
  const current = matches[Math.min(active, matches.length - 1)] ?? null;

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($slashQuery);
          setSlash((previous) => (sameQuery(previous, next) ? previous : next));
        }),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const choice = blockChoices.find((candidate) => matchesShortcut(event, candidate.shortcut));
            if (!choice) return false;
            event.preventDefault();
            insertBlock(editor, choice);
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );

  // A new query starts at its first match; a slash menu gone clears its dismissal. Both are
  // set while rendering, so no frame shows the old highlight or the old dismissal.
  const [activeQuery, setActiveQuery] = useState(open?.query);
  if (activeQuery !== open?.query) {
    setActiveQuery(open?.query);
    setActive(0);
  }
  if (slash === null && dismissed !== null) setDismissed(null);

  useEffect(() => {
    if (open === null) return;
    const choose = (event: globalThis.KeyboardEvent | null) => {
      if (current === null) return false;
      event?.preventDefault();
      insertInPlaceOfSlash(editor, open.paragraphKey, current);
      return true;
    };
    const move = (step: number) => (event: globalThis.KeyboardEvent | null) => {
      event?.preventDefault();
      setActive((index) => (index + step + matches.length) % Math.max(matches.length, 1));
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, move(1), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, move(-1), COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_ENTER_COMMAND, choose, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(KEY_TAB_COMMAND, choose, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          setDismissed(open.paragraphKey);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor, open, current, matches.length]);

  // Screen readers follow the highlighted option while focus stays in the text.
  const optionId = (choice: BlockChoice) => `${listId}-${choice.type}`;
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || open === null) return;
    root.setAttribute('aria-controls', listId);
    if (current) root.setAttribute('aria-activedescendant', optionId(current));
    return () => {
      root.removeAttribute('aria-controls');
      root.removeAttribute('aria-activedescendant');
    };
  });

  if (open === null) return null;
  const anchor = editor.getElementByKey(open.paragraphKey)?.getBoundingClientRect();
  const style = anchor ? { top: anchor.bottom + 4, left: anchor.left } : undefined;
  return (
    <div className="slash-menu" style={style}>
      <div id={listId} role="listbox" aria-label={t('insert.slashLabel')}>
        {matches.map((choice) => (
          <div
            key={choice.type}
            id={optionId(choice)}
            role="option"
            aria-selected={choice === current}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => insertInPlaceOfSlash(editor, open.paragraphKey, choice)}
          >
            {t(choice.label)}
          </div>
        ))}
      </div>
      {matches.length === 0 ? <p className="slash-menu-empty">{t('insert.noMatch')}</p> : null}
    </div>
  );
}
