import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerList } from '@lexical/list';
import { useEffect } from 'react';
import { registerOverBody } from '../whole-body';

/**
 * Bulleted and numbered lists: Lexical's list commands and transforms (as its ListPlugin, which
 * registers them twice), registered once the body is on screen, with the other transforms
 * (registerOverBody): registering them marks every text node in the body.
 */
export function ListPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerOverBody(editor, () => registerList(editor)), [editor]);
  return null;
}
