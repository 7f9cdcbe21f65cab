import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isParagraphNode, $isRangeSelection, TextNode } from 'lexical';
import { useEffect } from 'react';
import { typographyFor, type TypographyRules } from '../../../shared/format/typography';
import { registerOverBody } from '../whole-body';

/**
 * Swedish typography as the journalist types. A node transform runs inside the keystroke's
 * own update, looks only at the text before the caret, and so adds no second render. It is
 * registered with the other transforms once the body is on screen (registerOverBody).
 */
export function TypographyPlugin({ rules }: { rules: TypographyRules }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!rules.quotes && !rules.dashes && !rules.ellipsis) return undefined;
    return registerOverBody(editor, () =>
      editor.registerNodeTransform(TextNode, (node) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
        const { anchor } = selection;
        if (anchor.type !== 'text' || anchor.key !== node.getKey()) return;
        const before = node.getTextContent().slice(0, anchor.offset);
        const atBlockStart = node.getPreviousSibling() === null && $isParagraphNode(node.getParent());
        const replacement = typographyFor(before, atBlockStart, rules);
        if (replacement) node.spliceText(anchor.offset - replacement.length, replacement.length, replacement.text, true);
      }),
    );
  }, [editor, rules]);
  return null;
}
