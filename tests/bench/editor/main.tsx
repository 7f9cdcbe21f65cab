/**
 * The benchmark's baseline: a bare Lexical editor (LexicalComposer, RichTextPlugin and
 * HistoryPlugin only) with Spalt's node list, theme and editor CSS, so the same document loads
 * into the same DOM as in Spalt's editor and the difference is what Spalt adds around it.
 *
 * The bench calls `window.spaltBench.load(json)` through page.evaluate; it resolves once the
 * document is in the DOM. `window.spaltBench.set(json)` times Lexical's own way of opening a
 * document in the editor already loaded: from parsing the JSON (`parseEditorState`) through
 * `setEditorState` to the frame after, painted (the article-open bench's peer). Opened as `#start=<file>` (the start bench), the page loads the
 * document from that file itself and puts the caret at its end, as Spalt reopens an article.
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, type LexicalEditor } from 'lexical';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { bodyNodes } from '../../../shared/document/nodes/registry';
import { editorTheme } from '../../../renderer/editor/theme';
import '../../../renderer/styles.css';
import '../../../renderer/editor/editor.css';

declare global {
  interface Window {
    spaltBench: {
      load: (json: string, width: number | null) => Promise<void>;
      set: (json: string) => Promise<number>;
    };
  }
}

/** The editor on the page, for `set`. */
let current: LexicalEditor | null = null;

function Current() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    current = editor;
  }, [editor]);
  return null;
}

/** The next frame, once painted: a task posted from its animation frame runs after the paint. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

const emptyDocument = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
  },
});

function Loaded({ onLoaded }: { onLoaded: () => void }) {
  // Nothing returned: React would call it as the cleanup when the next document replaces this one.
  useEffect(() => {
    onLoaded();
  }, [onLoaded]);
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
      <Current />
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
  set: async (json) => {
    const editor = current;
    if (!editor) throw new Error('no editor loaded');
    // From an empty editor, as an article opens into a new one; the emptying is not timed.
    editor.setEditorState(editor.parseEditorState(emptyDocument));
    await afterPaint();
    const started = performance.now();
    editor.setEditorState(editor.parseEditorState(json));
    return (await afterPaint()) - started;
  },
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
