import type { NoteThreadView } from '../../../shared/publish/review';
import { useT } from '../../i18n';
import { NoteThread, noteElementId } from './NoteThread';
import type { NoteAnchors } from './useNotePlacement';

interface NotesListProps {
  threads: readonly NoteThreadView[];
  anchors: NoteAnchors;
  onJump: (block: number) => void;
  /** The notes stand in the margin beside their blocks (a wide window); the panel only counts them. */
  inMargin: boolean;
}

/** The notes of an article in the panel: listed (a narrow window), or counted when they stand in the margin. */
export function NotesList({ threads, anchors, onJump, inMargin }: NotesListProps) {
  const { t } = useT();
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{t('notes.heading')}</h3>
      {threads.length === 0 ? (
        <p>{t('notes.none')}</p>
      ) : inMargin ? (
        <p>{t('notes.inMargin', { count: threads.length })}</p>
      ) : (
        <ul>
          {threads.map((thread) => (
            <li
              key={thread.note.id}
              id={noteElementId(thread.note.id)}
              tabIndex={-1}
              className={`note note-${thread.note.state}`}
              aria-label={thread.note.text}
            >
              <NoteThread thread={thread} blockIndex={anchors.get(thread.note.id)?.index ?? thread.note.blockIndex} onJump={onJump} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
