import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor } from 'lexical';
import type { BodyDocument } from './body';
import { bodyNodes } from './nodes/registry';

let editor: LexicalEditor | null = null;

function headlessEditor(): LexicalEditor {
  editor ??= createHeadlessEditor({
    namespace: 'spalt-body',
    nodes: [...bodyNodes],
    onError: (error) => {
      throw error;
    },
  });
  return editor;
}

/**
 * Parses a body with the real node classes, so an unknown or malformed node is refused, and
 * returns its text with one line per block (for search, counts and previews).
 */
export function bodyPlainText(body: BodyDocument): string {
  // The object as it is: a string would only be parsed again (a save's body can be 200 kB).
  const state = headlessEditor().parseEditorState(body);
  return state.read(() => $getRoot().getTextContent());
}
