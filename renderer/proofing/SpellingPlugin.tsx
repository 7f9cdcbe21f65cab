import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isTextNode,
  COMMAND_PRIORITY_NORMAL,
  HISTORY_PUSH_TAG,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SpellingFinding } from '../../shared/article/checklist';
import { findingsIn, type WordAt } from '../../shared/proofing/words';
import { matchesShortcut, shortcuts } from '../editor/shortcuts';
import { afterStart } from '../start/started';
import { clearMarks, markAfter, markAt, paintMarks, type SpellingMark } from './marks';
import { spelling } from './spelling-client';
import { SpellingMenu } from './SpellingMenu';
import type { ProofingWords } from './useProofingWords';

/** Spelling waits for a pause in typing, then reads only the blocks that changed. */
const pauseMs = 500;

interface OpenMenu {
  mark: SpellingMark;
  at: { x: number; y: number };
  suggestions: string[] | null;
}

interface SpellingPluginProps {
  words: ProofingWords;
  onFindings: (findings: SpellingFinding[]) => void;
}

/** The top-level blocks with text, by key, as the editor holds them now. */
function blockTexts(editor: LexicalEditor, keys: ReadonlySet<string> | 'all'): { key: string; text: string }[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .filter((block) => $isElementNode(block) && (keys === 'all' || keys.has(block.getKey())))
      .map((block) => ({ key: block.getKey(), text: block.getTextContent() })),
  );
}

/** The unknown words in reading order, each with its block and which occurrence of it there. */
function findingsOf(editor: LexicalEditor, unknown: ReadonlyMap<string, readonly WordAt[]>, ignored: ReadonlySet<string>) {
  const findings: SpellingFinding[] = [];
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .forEach((block, index) => findings.push(...findingsIn(index, unknown.get(block.getKey()) ?? [], ignored))),
  );
  return findings;
}

/**
 * Swedish spelling in the body, off the typing path: changed blocks go to the worker after a
 * pause, unknown words are marked with a CSS highlight, and a menu of Spalt's own (right-click,
 * or the shortcut) offers Hunspell's suggestions, the word list and the article's ignores.
 */
export function SpellingPlugin({ words, onFindings }: SpellingPluginProps) {
  const [editor] = useLexicalComposerContext();
  const unknown = useRef(new Map<string, readonly WordAt[]>());
  const marks = useRef<SpellingMark[]>([]);
  const pending = useRef<Set<string> | 'all'>('all');
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const latest = useRef({ words, onFindings });
  useLayoutEffect(() => {
    latest.current = { words, onFindings };
  });

  const show = useCallback(() => {
    const { ignored } = latest.current.words;
    marks.current = paintMarks(editor, unknown.current, ignored);
    latest.current.onFindings(findingsOf(editor, unknown.current, ignored));
  }, [editor]);

  const check = useCallback(async () => {
    const keys = pending.current;
    pending.current = new Set();
    const blocks = blockTexts(editor, keys);
    const results = await spelling.check(blocks);
    const present = new Set(blockTexts(editor, 'all').map((b) => b.key));
    if (keys === 'all') unknown.current.clear();
    for (const { key, words: found } of results) unknown.current.set(key, found);
    for (const key of unknown.current.keys()) if (!present.has(key)) unknown.current.delete(key);
    show();
  }, [editor, show]);

  // One timer per pause, as the word count does: a change only moves the time the check is due.
  const timer = useRef<{ handle?: ReturnType<typeof setTimeout>; due: number }>({ due: 0 });
  const schedule = useCallback(
    (wait = pauseMs) => {
      timer.current.due = performance.now() + wait;
      const whenDue = () => {
        const left = timer.current.due - performance.now();
        timer.current.handle = left > 0 ? setTimeout(whenDue, left) : undefined;
        if (left <= 0) void check().catch(console.warn);
      };
      timer.current.handle ??= setTimeout(whenDue, wait);
    },
    [check],
  );

  useEffect(() => {
    const pause = timer.current;
    const cancel = afterStart(() => {
      pending.current = 'all';
      schedule(0);
    });
    const stop = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState, prevEditorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return;
        const changed = pending.current;
        if (changed !== 'all') {
          editorState.read(() => {
            for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
              const top = $getNodeByKey(key)?.getTopLevelElement();
              if (top) changed.add(top.getKey());
            }
          });
        }
        schedule();
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!matchesShortcut(event, shortcuts.spelling)) return false;
          event.preventDefault();
          const selection = window.getSelection();
          const at = selection?.anchorNode ? { node: selection.anchorNode, offset: selection.anchorOffset } : null;
          const mark = at ? (markAt(marks.current, at.node, at.offset) ?? markAfter(marks.current, at.node, at.offset)) : marks.current[0];
          if (mark) open(mark, mark.range.getBoundingClientRect());
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('contextmenu', onContextMenu);
        root?.addEventListener('contextmenu', onContextMenu);
      }),
    );
    function onContextMenu(event: MouseEvent) {
      const point = document.caretPositionFromPoint(event.clientX, event.clientY);
      const mark = point ? markAt(marks.current, point.offsetNode, point.offset) : undefined;
      if (!mark) return;
      event.preventDefault();
      open(mark, { left: event.clientX, bottom: event.clientY });
    }
    function open(mark: SpellingMark, rect: { left: number; bottom: number }) {
      setMenu({ mark, at: { x: rect.left, y: rect.bottom + 2 }, suggestions: null });
      void spelling.suggest(mark.word).then(
        (suggestions) => setMenu((current) => (current?.mark === mark ? { ...current, suggestions } : current)),
        () => setMenu((current) => (current?.mark === mark ? { ...current, suggestions: [] } : current)),
      );
    }
    return () => {
      cancel();
      clearTimeout(pause.handle);
      pause.handle = undefined;
      stop();
      clearMarks();
    };
  }, [editor, schedule]);

  // New known words: every block again (Hunspell's answers are kept, so this is quick).
  useEffect(() => {
    if (words.version === 0) return;
    pending.current = 'all';
    schedule(0);
  }, [words.version, schedule]);
  // An ignore only changes what is shown.
  useEffect(() => show(), [words.ignored, show]);

  const close = useCallback(() => {
    setMenu(null);
    editor.focus();
  }, [editor]);

  /** The suggestion over the word, as if typed over it selected: one undo step of its own. */
  function replace(mark: SpellingMark, suggestion: string) {
    const { startContainer, startOffset, endOffset } = mark.range;
    setMenu(null);
    editor.update(
      () => {
        const node = $getNearestNodeFromDOMNode(startContainer);
        if (!$isTextNode(node) || node.getTextContent().slice(startOffset, endOffset) !== mark.word) return;
        node.select(startOffset, endOffset).insertText(suggestion);
      },
      { tag: HISTORY_PUSH_TAG },
    );
    editor.focus();
  }

  if (!menu) return null;
  const { mark } = menu;
  return createPortal(
    <SpellingMenu
      word={mark.word}
      suggestions={menu.suggestions}
      at={menu.at}
      onClose={close}
      onPick={(suggestion) => replace(mark, suggestion)}
      onAdd={() => {
        void words.addWord(mark.word);
        close();
      }}
      onIgnore={() => {
        void words.ignore(mark.word);
        close();
      }}
    />,
    document.body,
  );
}
