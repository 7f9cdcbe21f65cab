import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $getNearestNodeFromDOMNode, $isDecoratorNode, $isElementNode } from 'lexical';
import { useEffect } from 'react';

/** A field of a block's own UI (a pull quote's text, a fact box's title), not the body's text. */
function blockFieldHost(target: EventTarget | null, root: HTMLElement): HTMLElement | null {
  if (!(target instanceof HTMLElement) || !target.matches('input, textarea, select') || !root.contains(target)) return null;
  // A field with its list of choices open closes the list first.
  if (target.getAttribute('aria-expanded') === 'true') return null;
  return target.closest<HTMLElement>('.spalt-block-host');
}

/**
 * Escape in a block's field goes back to the text, at the start of the paragraph below the
 * block: a block takes focus when it is inserted, and the keyboard needs a way on from it.
 */
export function BlockFieldEscapePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Captured before the editor's own key handling, which takes Escape for itself.
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      const host = event.key === 'Escape' && root ? blockFieldHost(event.target, root) : null;
      if (!host) return;
      // The editor's own Escape handling would undo the move; this Escape is spent here.
      event.preventDefault();
      event.stopPropagation();
      // Lexical leaves focus in a field inside the body alone: the field lets go first.
      if (event.target instanceof HTMLElement) event.target.blur();
      editor.update(() => {
        const block = $getNearestNodeFromDOMNode(host);
        if (!$isDecoratorNode(block)) return;
        const next = block.getNextSibling();
        const paragraph = $isElementNode(next) ? next : $createParagraphNode();
        if (next !== paragraph) block.insertAfter(paragraph);
        paragraph.selectStart();
      });
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, [editor]);
  return null;
}
