import { useState } from 'react';
import type { ChecklistTarget } from '../../../shared/article/checklist';
import type { ArticleNote, NoteThreadView } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { invoke } from '../../platform';

/** The notes of an article, each naming its block and jumping to it, answerable and markable as done. */
export function NotesList({ threads, onJump }: { threads: readonly NoteThreadView[]; onJump: (target: ChecklistTarget) => void }) {
  const { t } = useT();
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t('notes.heading')}</h3>
      {threads.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : (
        <ul>
          {threads.map((thread) => (
            <NoteThread key={thread.note.id} thread={thread} onJump={onJump} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteThread({ thread, onJump }: { thread: NoteThreadView; onJump: (target: ChecklistTarget) => void }) {
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
  const block = note.blockIndex;
  return (
    <li className={`note note-${note.state}`} aria-label={note.text}>
      {block === null ? (
        <p className="note-block">{t('notes.whole')}</p>
      ) : (
        <button type="button" className="note-block" onClick={() => onJump({ block })}>
          {t('notes.block', { number: block + 1, text: note.blockText })}
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
    </li>
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
