import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isLinkNode, LinkNode } from '@lexical/link';
import { $createHeadingNode, HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, TextNode } from 'lexical';
import { useEffect } from 'react';
import { isAllowedLinkUrl } from '../../../shared/url-policy';
import { registerOverBody } from '../whole-body';

/** Bold, italic and underline: the inline formats an article keeps. */
const keptFormats = 1 | 2 | 8;

/**
 * Whatever arrives from Word, Google Docs or a web page keeps headings, lists, bold, italic,
 * underline and safe links, and nothing else: no colours or fonts, no alignment, no h1 or h4,
 * no link to anything but http, https or mailto.
 */
export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    // Registering a transform runs it over the whole body once: once the body is on screen, not
    // before (nothing can be pasted sooner).
    () =>
      registerOverBody(editor, () =>
        mergeRegister(
          editor.registerNodeTransform(TextNode, (node) => {
            if (node.getStyle() !== '') node.setStyle('');
            const format = node.getFormat();
            if ((format & ~keptFormats) !== 0) node.setFormat(format & keptFormats);
          }),
          editor.registerNodeTransform(ParagraphNode, (node) => {
            if (node.getFormatType() !== '') node.setFormat('');
            if (node.getIndent() !== 0) node.setIndent(0);
          }),
          editor.registerNodeTransform(HeadingNode, (node) => {
            const tag = node.getTag();
            if (tag === 'h2' || tag === 'h3') return;
            const replacement = $createHeadingNode(tag === 'h1' ? 'h2' : 'h3');
            replacement.append(...node.getChildren());
            node.replace(replacement);
          }),
          editor.registerNodeTransform(LinkNode, (node) => {
            if (!$isLinkNode(node) || isAllowedLinkUrl(node.getURL())) return;
            for (const child of node.getChildren()) node.insertBefore(child);
            node.remove();
          }),
        ),
      ),
    [editor],
  );
  return null;
}
