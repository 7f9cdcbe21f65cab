import type { Klass, LexicalNode } from 'lexical';
import { bodyNodes } from '../../../shared/document/nodes/registry';
import { AdSlotEditorNode } from './AdSlotEditorNode';
import { FactBoxEditorNode } from './FactBoxEditorNode';
import { InterviewQuestionEditorNode } from './InterviewQuestionEditorNode';
import { LiveUpdateEditorNode } from './LiveUpdateEditorNode';
import { PhotoEditorNode } from './PhotoEditorNode';
import { PullQuoteEditorNode } from './PullQuoteEditorNode';
import { RawBlockEditorNode } from './RawBlockEditorNode';
import { ReadAlsoEditorNode } from './ReadAlsoEditorNode';
import { SeparatorEditorNode } from './SeparatorEditorNode';
import { SignatureEditorNode } from './SignatureEditorNode';

/** Each block's UI subclass, one file each; it keeps its base class's type, so the JSON is the same. */
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
 * `$create(PhotoNode)` then builds a PhotoEditorNode.
 */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = bodyNodes.map(
  (klass) => uiSubclasses.find((subclass) => subclass.prototype instanceof klass) ?? klass,
);
