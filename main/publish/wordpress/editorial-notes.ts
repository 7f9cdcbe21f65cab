/**
 * Editorial notes as the workflow sees them, whichever way the site keeps them: WordPress's
 * own Notes (6.9 and later, notes-native.ts) or Spalt's companion draft (notes-companion.ts).
 * A thread is a first note with its answers; resolving or reopening it is an answer that says
 * so (as WordPress's editor records it), and the thread's state is its latest such answer.
 */
import { Parser } from 'htmlparser2';
import { escapeText } from '../../../shared/document/markup/html';

export interface EditorialNote {
  /** WordPress's comment id natively; a random id of the same range's shape in a companion. */
  id: number;
  postId: number;
  /** The thread's first note, for an answer or a resolution; null for a first note. */
  parentId: number | null;
  author: { id: number; name: string };
  /** UTC, "2027-01-15T04:00:00" (a companion's note has milliseconds too, ".123"). */
  dateGmt: string;
  text: string;
  /** An answer that resolves or reopens its thread; null for anything else. */
  resolution: 'resolved' | 'reopen' | null;
  /** For a first note: open, or resolved (WordPress's status "approved"). */
  state: 'open' | 'resolved';
  /**
   * False when only WordPress's rendered text could be read (a post the user may no longer
   * edit): quotes curled, links made clickable.
   */
  exact: boolean;
  /** The companion's own hint of the block (whatever the writer gave); null for native notes. */
  blockHint: string | null;
}

export interface NewNote {
  postId: number;
  text: string;
  /** Answers this thread. */
  parentId?: number | null;
  /** Companion notes only: kept with the note for the block it belongs to. */
  blockHint?: string | null;
}

export interface NoteThread {
  note: EditorialNote;
  answers: EditorialNote[];
}

/** The way a site keeps notes; both take and return the same values. */
export interface NotesOnSite {
  readonly kind: 'native' | 'companion';
  /** Every note of these posts that the user may read, oldest first. */
  list(postIds: readonly number[]): Promise<EditorialNote[]>;
  /** Writes a note or an answer; a note already there (the same text, by the same user) is returned instead. */
  create(note: NewNote): Promise<EditorialNote>;
  /** The same note by this user, if it is already on the site: how an unknown outcome is settled. */
  find(note: NewNote): Promise<EditorialNote | null>;
  resolve(postId: number, noteId: number): Promise<void>;
  reopen(postId: number, noteId: number, text?: string): Promise<void>;
}

/** Threads in the order of `notes` (oldest first, as list() gives them), answers likewise. */
export function threadsOf(notes: readonly EditorialNote[]): NoteThread[] {
  const threads = new Map<number, NoteThread>();
  for (const note of notes) if (note.parentId === null) threads.set(note.id, { note, answers: [] });
  for (const note of notes) if (note.parentId !== null) threads.get(note.parentId)?.answers.push(note);
  return [...threads.values()];
}

/** A thread's state from its latest resolution answer, for keepers that have no status of their own. */
export function stateFromAnswers(answers: readonly EditorialNote[]): 'open' | 'resolved' {
  const last = [...answers].reverse().find((answer) => answer.resolution !== null);
  return last?.resolution === 'resolved' ? 'resolved' : 'open';
}

/** A note's text as HTML for WordPress, which keeps comment content as HTML. */
export function noteHtml(text: string): string {
  return escapeText(text);
}

/** The text of a note's HTML: entities decoded, tags (a mention's span) dropped, <br> and paragraphs as new lines. */
export function noteText(html: string): string {
  let text = '';
  const parser = new Parser(
    {
      ontext(piece) {
        text += piece;
      },
      onopentag(tag) {
        if (tag === 'br') text += '\n';
      },
      onclosetag(tag) {
        if (tag === 'p') text += '\n\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return text.trim();
}

/** Same text, ignoring the line ends and spaces WordPress may add or drop around it. */
export function sameNoteText(a: string, b: string): boolean {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return flat(a) === flat(b);
}
