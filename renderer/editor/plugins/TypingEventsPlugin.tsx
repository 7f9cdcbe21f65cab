import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * The events of plain typing in the body, which Lexical handles with its own listeners on the
 * editable element. Nothing above the editor listens to them, yet React's root listener would
 * walk the whole component tree for each of them on every keystroke. Key down and key up
 * still bubble (shortcuts), and events from fields inside blocks (a photo's caption, a live
 * update's time) bubble as before, so React's onChange keeps working there.
 */
const typingEvents = ['beforeinput', 'input', 'keypress', 'textInput'] as const;

function stopAtEditable(this: HTMLElement, event: Event): void {
  if (event.target === this) event.stopPropagation();
}

export function TypingEventsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        for (const type of typingEvents) {
          previous?.removeEventListener(type, stopAtEditable);
          root?.addEventListener(type, stopAtEditable);
        }
      }),
    [editor],
  );
  return null;
}
