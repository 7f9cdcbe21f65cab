import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerBlockIds } from '../../../shared/revisions/block-id';
import { registerOverBody } from '../whole-body';

/**
 * Each top-level block a stable id (shared/revisions/block-id.ts), so revisions merge block by
 * block. A body stored without them gets them once it is on screen (registerOverBody); they go
 * out with the next edit.
 */
export function BlockIdPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerOverBody(editor, () => registerBlockIds(editor, () => crypto.randomUUID())), [editor]);
  return null;
}
