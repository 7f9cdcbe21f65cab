import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { NoteThreadView } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { NoteThread, noteElementId } from './NoteThread';
import { useNotePlacement, type NoteAnchors } from './useNotePlacement';

interface NotesBesideProps {
  editor: LexicalEditor | null;
  threads: readonly NoteThreadView[];
  /** A wide window: the notes stand in a margin beside the text, else in the panel. */
  wide: boolean;
  onJump: (block: number) => void;
  onAnchors: (anchors: NoteAnchors) => void;
  /** The body editor; it keeps its place in the tree whether notes come or go. */
  children: ReactNode;
}

/**
 * The body with its notes beside it: each block an open note is about is marked in the text, with
 * a button that takes the focus to the note; on a wide window each note stands in the margin
 * level with its block, and follows it as the text above grows or shrinks.
 */
export function NotesBeside({ editor, threads, wide, onJump, onAnchors, children }: NotesBesideProps) {
  const { t } = useT();
  const column = useRef<HTMLDivElement>(null);
  const margin = useRef<HTMLDivElement>(null);
  const layers = useMemo(() => ({ column, margin }), []);
  const { anchors, markRef, cardRef } = useNotePlacement(editor, threads, layers);
  useEffect(() => onAnchors(anchors), [anchors, onAnchors]);

  // One mark per block with open notes; its button names the first of them.
  const marked = new Map<string, NoteThreadView[]>();
  for (const thread of threads) {
    const key = anchors.get(thread.note.id)?.key;
    if (key === undefined || thread.note.state !== 'open') continue;
    marked.set(key, [...(marked.get(key) ?? []), thread]);
  }
  const focusNote = (noteId: string) => {
    const element = document.getElementById(noteElementId(noteId));
    element?.scrollIntoView({ block: 'nearest' });
    element?.focus();
  };
  const inMargin = wide && threads.length > 0;
  return (
    <div className={`notes-beside${threads.length > 0 ? ' has-notes' : ''}${inMargin ? ' with-margin' : ''}`}>
      <div className="body-column" ref={column}>
        {children}
        {[...marked].map(([key, notes]) => {
          const first = notes[0]!.note;
          return (
            <div key={key} className="note-mark" ref={(element) => markRef(key, element)} hidden>
              <button
                type="button"
                className="note-marker"
                aria-controls={noteElementId(first.id)}
                onClick={() => focusNote(first.id)}
                title={first.text}
                aria-label={
                  notes.length > 1
                    ? t('notes.markerMore', { text: first.text, count: notes.length - 1 })
                    : t('notes.marker', { text: first.text })
                }
              >
                <span aria-hidden="true">✎</span>
              </button>
            </div>
          );
        })}
      </div>
      {inMargin ? (
        <div className="notes-margin" ref={margin}>
          {threads.map((thread) => {
            const index = anchors.get(thread.note.id)?.index ?? thread.note.blockIndex;
            return (
              <article
                key={thread.note.id}
                id={noteElementId(thread.note.id)}
                ref={(element) => cardRef(thread.note.id, element)}
                tabIndex={-1}
                className={`note note-card note-${thread.note.state}`}
                aria-label={
                  index === null ? t('notes.cardWhole') : t('notes.cardLabel', { number: index + 1, text: thread.note.blockText })
                }
              >
                <NoteThread thread={thread} blockIndex={index} onJump={onJump} />
              </article>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
