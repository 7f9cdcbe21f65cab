/**
 * WordPress's own editorial Notes (6.9 and later) over /wp/v2/comments, the way its block
 * editor uses them (wp-includes/js/dist/editor.js, useNoteActions):
 *  - a note:    POST comments { post, content, type: "note", status: "hold", parent: 0 }
 *  - an answer: the same with parent: the thread's first note
 *  - resolve:   POST comments/ID { status: "approved" }, then an answer with empty content,
 *               status "approved" and meta { _wp_note_status: "resolved" }
 *  - reopen:    POST comments/ID { status: "hold" }, then an answer (text optional), status
 *               "hold", meta { _wp_note_status: "reopen" }
 *  - list:      GET comments?post=…&type=note&status=all&context=edit
 * Notes need the right to edit the post. WordPress 6.9+ checks neither flood nor duplicates
 * for notes, so a note sent twice is there twice: create() looks for its note before an
 * answer it never got is sent again (find()), and still settles a 409 comment_duplicate or a
 * 400 comment_flood from a site whose plugins check them (errors.ts: wp_note_too_soon).
 */
import { z } from 'zod';
import type { WordPressClient } from './client';
import { noteHtml, noteText, sameNoteText, type EditorialNote, type NewNote, type NotesOnSite } from './editorial-notes';
import { RestError, WordPressNote } from './schemas';
import { WordPressError } from './errors';

const perPage = 100;
const maxPages = 50;

export function nativeNotes(client: WordPressClient): NotesOnSite {
  return {
    kind: 'native',
    list: (postIds) => listNotes(client, postIds),
    create: (note) => createNote(client, note),
    find: (note) => findNote(client, note),
    resolve: (postId, noteId) => setResolution(client, postId, noteId, 'resolved', ''),
    reopen: (postId, noteId, text = '') => setResolution(client, postId, noteId, 'reopen', text),
  };
}

async function listNotes(client: WordPressClient, postIds: readonly number[]): Promise<EditorialNote[]> {
  if (postIds.length === 0) return [];
  try {
    return await readNotes(client, { post: postIds }, 'edit');
  } catch (error) {
    // One post the user may no longer edit (published) spoils context=edit for all of them.
    if (!(error instanceof WordPressError) || error.wordpressCode !== 'rest_forbidden_context') throw error;
  }
  const perPost = await Promise.all(
    postIds.map((post) =>
      readNotes(client, { post: [post] }, 'edit').catch((error: unknown) => {
        if (error instanceof WordPressError && error.wordpressCode === 'rest_forbidden_context')
          return readNotes(client, { post: [post] }, 'view');
        throw error;
      }),
    ),
  );
  return perPost.flat().sort((a, b) => a.dateGmt.localeCompare(b.dateGmt) || a.id - b.id);
}

async function readNotes(
  client: WordPressClient,
  filter: { post: readonly number[]; author?: number; parent?: number },
  context: 'edit' | 'view',
): Promise<EditorialNote[]> {
  const notes: EditorialNote[] = [];
  const postId = filter.post[0] ?? 0;
  for (let page = 1; page <= maxPages; page++) {
    const query = { ...filter, type: 'note', status: 'all', context, orderby: 'id', order: 'asc', per_page: perPage, page };
    const { value, headers } = await client.call(
      'GET',
      'wp/v2/comments',
      { query },
      { kind: 'edit_note', id: 0, postId },
      z.array(WordPressNote),
    );
    notes.push(...value.filter((comment) => comment.type === 'note').map(editorialNote));
    if (page >= Number(headers.get('x-wp-totalpages') ?? '1') || value.length === 0) break;
  }
  return notes;
}

async function createNote(
  client: WordPressClient,
  note: NewNote,
  fields: { status?: string; meta?: Record<string, string> } = {},
): Promise<EditorialNote> {
  const json = { post: note.postId, content: noteHtml(note.text), type: 'note', status: 'hold', parent: note.parentId ?? 0, ...fields };
  const { value } = await client.call(
    'POST',
    'wp/v2/comments',
    { json },
    { kind: 'create_note', postId: note.postId },
    WordPressNote,
    async (answer) => {
      const error = RestError.safeParse(answer.json);
      if (!error.success || error.data.code !== 'comment_duplicate') return undefined;
      // "Duplicate comment detected": the note is already there, from an earlier try.
      return (await findRaw(client, note)) ?? undefined;
    },
  );
  return editorialNote(value);
}

async function findNote(client: WordPressClient, note: NewNote): Promise<EditorialNote | null> {
  const found = await findRaw(client, note);
  return found && editorialNote(found);
}

/** The user's latest notes in that thread (or as first notes) of the post, the same text among them. */
async function findRaw(client: WordPressClient, note: NewNote): Promise<WordPressNote | null> {
  const me = await client.me();
  const query = {
    post: note.postId,
    parent: note.parentId ?? 0,
    author: me.id,
    type: 'note',
    status: 'all',
    context: 'edit',
    orderby: 'id',
    order: 'desc',
    per_page: perPage,
  };
  const { value } = await client.call(
    'GET',
    'wp/v2/comments',
    { query },
    { kind: 'edit_note', id: 0, postId: note.postId },
    z.array(WordPressNote),
  );
  return (
    value.find(
      (comment) => comment.type === 'note' && sameNoteText(noteText(comment.content.raw ?? comment.content.rendered), note.text),
    ) ?? null
  );
}

async function setResolution(
  client: WordPressClient,
  postId: number,
  noteId: number,
  resolution: 'resolved' | 'reopen',
  text: string,
): Promise<void> {
  const status = resolution === 'resolved' ? 'approved' : 'hold';
  const action = { kind: 'edit_note', id: noteId, postId } as const;
  const { value: thread } = await client.call('GET', `wp/v2/comments/${noteId}`, { query: { context: 'edit' } }, action, WordPressNote);
  const answers = (await readNotes(client, { post: [postId], parent: noteId }, 'edit')).filter((answer) => answer.resolution !== null);
  const lastSaid = answers[answers.length - 1]?.resolution ?? null;
  const recorded = resolution === 'resolved' ? lastSaid === 'resolved' : lastSaid !== 'resolved';
  if (thread.status === status && recorded) return;
  // WordPress answers 500 to a status "change" to the status a note already has.
  if (thread.status !== status) await client.call('POST', `wp/v2/comments/${noteId}`, { json: { status } }, action, WordPressNote);
  if (!recorded || thread.status !== status) {
    await createNote(client, { postId, text, parentId: noteId }, { status, meta: { _wp_note_status: resolution } });
  }
}

function editorialNote(comment: WordPressNote): EditorialNote {
  const meta = Array.isArray(comment.meta) ? undefined : comment.meta;
  const said = meta?._wp_note_status;
  return {
    id: comment.id,
    postId: comment.post,
    parentId: comment.parent === 0 ? null : comment.parent,
    author: { id: comment.author, name: comment.author_name },
    dateGmt: comment.date_gmt,
    text: noteText(comment.content.raw ?? comment.content.rendered),
    resolution: said === 'resolved' || said === 'reopen' ? said : null,
    state: comment.status === 'approved' ? 'resolved' : 'open',
    exact: comment.content.raw !== undefined,
    blockHint: null,
  };
}
