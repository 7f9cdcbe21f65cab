import type { Klass, LexicalNode } from 'lexical';
import { bodyNodes } from '../../../shared/document/nodes';
import { FactBoxEditorNode } from './FactBoxEditorNode';
import { InterviewQuestionEditorNode } from './InterviewQuestionEditorNode';
import { LiveUpdateEditorNode } from './LiveUpdateEditorNode';
import { AdSlotEditorNode, RawBlockEditorNode, SeparatorEditorNode } from './MarkerEditorNodes';
import { PhotoEditorNode } from './PhotoEditorNode';
import { PullQuoteEditorNode } from './PullQuoteEditorNode';
import { ReadAlsoEditorNode } from './ReadAlsoEditorNode';
import { SignatureEditorNode } from './SignatureEditorNode';

/** Each newsroom node's UI subclass; it keeps the base class's type, so the JSON is the same. */
const uiSubclasses: ReadonlyArray<Klass<LexicalNode>> = [
  PhotoEditorNode,
  PullQuoteEditorNode,
  InterviewQuestionEditorNode,
  LiveUpdateEditorNode,
  ReadAlsoEditorNode,
  AdSlotEditorNode,
  FactBoxEditorNode,
  SignatureEditorNode,
  SeparatorEditorNode,
  RawBlockEditorNode,
];

/**
 * The editor registers the subclass in its base class's place: Lexical keys nodes by type, and
 * `$create(PhotoNode)` then builds a PhotoEditorNode. Shared `$createPhotoNode` (plain `new`)
 * must not run inside the editor.
 */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = bodyNodes.map(
  (klass) => uiSubclasses.find((subclass) => subclass.prototype instanceof klass) ?? klass,
);
