import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { memo } from 'react';
import type { BodyPlace } from '../../shared/article/left-off';
import type { BodyDocument } from '../../shared/document/body';
import { isAllowedLinkUrl } from '../../shared/url-policy';
import { editorNodes } from './nodes';
import { $openBody } from './open-body';
import { BlockFieldEscapePlugin } from './plugins/BlockFieldEscapePlugin';
import { BlockIdPlugin } from './plugins/BlockIdPlugin';
import { ChangePlugin } from './plugins/ChangePlugin';
import { InsertBlockPlugin } from './plugins/InsertBlockPlugin';
import { LeftOffPlugin } from './plugins/LeftOffPlugin';
import { ListPlugin } from './plugins/ListPlugin';
import { OpeningLayoutPlugin } from './plugins/OpeningLayoutPlugin';
import { PasteCleanupPlugin } from './plugins/PasteCleanupPlugin';
import { PhotoPlugin } from './plugins/PhotoPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { TypographyPlugin } from './plugins/TypographyPlugin';
import { TypingEventsPlugin } from './plugins/TypingEventsPlugin';
import type { TypographyRules } from '../../shared/format/typography';
import { SpellingPlugin } from '../proofing/SpellingPlugin';
import type { SpellingFinding } from '../../shared/article/checklist';
import type { ProofingWords } from '../proofing/useProofingWords';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';
import './editor.css';

interface BodyEditorProps {
  initialBody: BodyDocument;
  label: string;
  editable: boolean;
  typography: TypographyRules;
  onReady: (editor: LexicalEditor) => void;
  onChange: () => void;
  onBlur: () => void;
  onText: (text: string) => void;
  /** Where the caret goes as the body opens, or null for nowhere (see LeftOffPlugin). */
  startPlace: BodyPlace | 'end' | null;
  onStarted: () => void;
  onPlace: (place: BodyPlace) => void;
  /** Spelling, where the body belongs to an article; Chromium's own is off. */
  proofing?: { words: ProofingWords; onFindings: (findings: SpellingFinding[]) => void };
}

/** The article body: Lexical rich text with the newsroom's toolbar and shortcuts. */
export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps) {
  const initialConfig: InitialConfigType = {
    namespace: 'spalt-body',
    nodes: [...editorNodes],
    theme: editorTheme,
    editable: props.editable,
    editorState: () => $openBody(props.initialBody),
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <Toolbar disabled={!props.editable} />
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label={props.label} aria-multiline spellCheck={false} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <OpeningLayoutPlugin />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <ShortcutsPlugin />
      <InsertBlockPlugin />
      <BlockFieldEscapePlugin />
      <PhotoPlugin />
      <TypographyPlugin rules={props.typography} />
      <PasteCleanupPlugin />
      <TypingEventsPlugin />
      <BlockIdPlugin />
      <ChangePlugin onReady={props.onReady} onChange={props.onChange} onBlur={props.onBlur} onText={props.onText} />
      {props.proofing ? <SpellingPlugin words={props.proofing.words} onFindings={props.proofing.onFindings} /> : null}
      <LeftOffPlugin startPlace={props.startPlace} onStarted={props.onStarted} onPlace={props.onPlace} />
    </LexicalComposer>
  );
});
