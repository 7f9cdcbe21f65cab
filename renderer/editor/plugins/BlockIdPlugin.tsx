import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerBlockIds } from '../../../shared/revisions/block-id';

/** Each top-level block a stable id (shared/revisions/block-id.ts), so revisions merge block by block. */
export function BlockIdPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor, () => crypto.randomUUID()), [editor]);
  return null;
}
