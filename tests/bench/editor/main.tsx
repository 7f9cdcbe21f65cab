/**
 * The benchmark's baseline: a bare Lexical editor (LexicalComposer, RichTextPlugin and
 * HistoryPlugin only) with Spalt's node list, theme and editor CSS, so the same document loads
 * into the same DOM as in Spalt's editor and the difference is what Spalt adds around it.
 *
 * The bench calls `window.spaltBench.load(json)` through page.evaluate; it resolves once the
 * document is in the DOM. Opened as `#start=<file>` (the start bench), the page loads the
 * document from that file itself and puts the caret at its end, as Spalt reopens an article.
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot } from 'lexical';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { bodyNodes } from '../../../shared/document/nodes/registry';
import { editorTheme } from '../../../renderer/editor/theme';
import '../../../renderer/styles.css';
import '../../../renderer/editor/editor.css';

declare global {
  interface Window {
    spaltBench: { load: (json: string, width: number | null) => Promise<void> };
  }
}

function Loaded({ onLoaded }: { onLoaded: () => void }) {
  useEffect(onLoaded, [onLoaded]);
  return null;
}

/** The caret at the end of the document, in the focused editor. */
function CaretAtEnd() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => $getRoot().selectEnd());
    editor.focus();
  }, [editor]);
  return null;
}

function BareEditor({ json, onLoaded, caret = false }: { json: string; onLoaded: () => void; caret?: boolean }) {
  const initialConfig: InitialConfigType = {
    namespace: 'bench-bare',
    nodes: [...bodyNodes],
    theme: editorTheme,
    editorState: json,
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label="Brödtext" aria-multiline spellCheck />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      {caret ? <CaretAtEnd /> : null}
      <Loaded onLoaded={onLoaded} />
    </LexicalComposer>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
const root = createRoot(container);

window.spaltBench = {
  load: (json, width) =>
    new Promise<void>((resolve) => {
      container.style.width = width === null ? '' : `${width}px`;
      root.render(
        <StrictMode>
          <BareEditor key={Math.random()} json={json} onLoaded={() => requestAnimationFrame(() => resolve())} />
        </StrictMode>,
      );
    }),
};

const start = /^#start=(.+)$/.exec(window.location.hash);
if (start?.[1]) {
  void fetch(start[1])
    .then((response) => response.text())
    .then((json) =>
      root.render(
        <StrictMode>
          <BareEditor json={json} caret onLoaded={() => undefined} />
        </StrictMode>,
      ),
    );
}
