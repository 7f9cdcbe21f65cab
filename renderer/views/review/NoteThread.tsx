import { useState } from 'react';
import type { ArticleNote, NoteThreadView } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { invoke } from '../../platform';

interface NoteThreadProps {
  thread: NoteThreadView;
  /** The note's block as the body holds it now (see note-anchors.ts), or null for the whole article. */
  blockIndex: number | null;
  onJump: (block: number) => void;
}

/** One note with its answers: the block it names (a click puts the caret there), the answer field and "klar". */
export function NoteThread({ thread, blockIndex, onJump }: NoteThreadProps) {
  const { t } = useT();
  const { note, answers } = thread;
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const answerId = `note-answer-${note.id}`;
  return (
    <>
      {blockIndex === null ? (
        <p className="note-block">{t('notes.whole')}</p>
      ) : (
        <button type="button" className="note-block" onClick={() => onJump(blockIndex)}>
          {t('notes.block', { number: blockIndex + 1, text: note.blockText })}
        </button>
      )}
      <NoteText note={note} />
      {answers.map((reply) => (
        <NoteText key={reply.id} note={reply} />
      ))}
      {note.state === 'resolved' ? <p className="note-done">{t('notes.resolved')}</p> : null}
      <label htmlFor={answerId}>{t('notes.answerLabel', { name: note.authorName })}</label>
      <textarea id={answerId} value={answer} rows={2} onChange={(event) => setAnswer(event.target.value)} />
      <button
        type="button"
        disabled={busy || answer.trim() === ''}
        onClick={() =>
          void run(async () => {
            await invoke('review.answerNote', { noteId: note.id, text: answer });
            setAnswer('');
          })
        }
      >
        {t('notes.answer')}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run(() => invoke('review.resolveNote', { noteId: note.id, resolved: note.state !== 'resolved' }))}
      >
        {note.state === 'resolved' ? t('notes.reopen') : t('notes.resolve')}
      </button>
    </>
  );
}

function NoteText({ note }: { note: ArticleNote }) {
  const { t, dateTime } = useT();
  return (
    <blockquote className="note-text">
      <p>{note.text}</p>
      <footer>
        {t('notes.by', { name: note.authorName, time: dateTime(note.writtenAt) })}
        {note.outbox === 'sent' ? null : ` · ${t('notes.waiting')}`}
      </footer>
    </blockquote>
  );
}

/** The element that holds a note, in the margin or the panel: where a block's marker sends the focus. */
export const noteElementId = (noteId: string) => `note-${noteId}`;
