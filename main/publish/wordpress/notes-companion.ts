/**
 * Notes on a site without WordPress's Notes (before 6.9, or turned off for posts), kept in
 * companion drafts (companion.ts): one per post and writer, slug spalt-notes-POST-WRITER,
 * holding that writer's notes as JSON. Each writer only ever rewrites their own companion, so
 * an editor's and a journalist's notes written at the same moment cannot overwrite each other.
 * (Comments are no way round: before 6.9 WordPress refuses them on drafts, and approves a post
 * author's own comment on a pending post, public the moment the post is.)
 *
 * Resolving or reopening a thread is an answer that says so, as with WordPress's Notes; a
 * thread's state is its latest such answer, whoever wrote it. A note already there (the same
 * text in the same thread by the same writer) is returned instead of written twice.
 */
import { Buffer } from 'node:buffer';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { WordPressClient } from './client';
import { companionContent, companionPayload, companionTitle, findCompanion, findCompanions, parseJson, writeCompanion } from './companion';
import { sameNoteText, stateFromAnswers, type EditorialNote, type NewNote, type NotesOnSite } from './editorial-notes';
import { WordPressError } from './errors';
import { companionPrefix, notesCompanionMarker, notesPrefix } from './markers';
import type { Post } from './schemas';

const StoredNote = z.object({
  id: z.number().int().positive(),
  parentId: z.number().int().positive().nullable(),
  dateGmt: z.string(),
  text: z.string(),
  resolution: z.enum(['resolved', 'reopen']).nullable(),
  blockHint: z.string().nullable(),
});
type StoredNote = z.infer<typeof StoredNote>;

const Payload = z.object({
  format: z.literal('spalt-notes'),
  version: z.literal(1),
  postId: z.number().int(),
  writer: z.object({ id: z.number().int(), name: z.string() }),
  notes: z.array(StoredNote),
});
type Payload = z.infer<typeof Payload>;

/** Ids far above any comment id a site will reach, random so two writers never pick the same. */
const noteIdRange = [1_000_000_000_000, 9_000_000_000_000] as const;

export function companionNotes(client: WordPressClient, now: () => Date = () => new Date()): NotesOnSite {
  return {
    kind: 'companion',
    list: (postIds) => listNotes(client, postIds),
    create: (note) => addNote(client, note, null, now),
    find: async (note) => {
      const notes = await listNotes(client, [note.postId]);
      const me = await client.me();
      return notes.find((found) => isSame(found, me.id, note)) ?? null;
    },
    resolve: (postId, noteId) => resolveThread(client, postId, noteId, 'resolved', '', now),
    reopen: (postId, noteId, text = '') => resolveThread(client, postId, noteId, 'reopen', text, now),
  };
}

async function listNotes(client: WordPressClient, postIds: readonly number[]): Promise<EditorialNote[]> {
  if (postIds.length === 0) return [];
  const companions = await companionsOf(client, postIds);
  const notes = companions
    .map((post) => payloadOf(client, post))
    .flatMap((payload) => payload.notes.map((note) => editorialNote(payload, note)));
  // A stable sort: notes of one instant keep the order their writer wrote them in.
  const ordered = notes.sort((a, b) => a.dateGmt.localeCompare(b.dateGmt));
  const answers = (threadId: number) => ordered.filter((note) => note.parentId === threadId);
  return ordered.map((note) => (note.parentId === null ? { ...note, state: stateFromAnswers(answers(note.id)) } : note));
}

/** One post's companions, or for several posts every notes companion the user may read, in one search. */
async function companionsOf(client: WordPressClient, postIds: readonly number[]): Promise<Post[]> {
  const [only] = postIds;
  if (postIds.length === 1 && only !== undefined) return findCompanions(client, companionPrefix('notes', only));
  const prefixes = postIds.map((postId) => companionPrefix('notes', postId));
  return (await findCompanions(client, notesPrefix)).filter((post) => prefixes.some((prefix) => post.slug.startsWith(prefix)));
}

async function addNote(
  client: WordPressClient,
  note: NewNote,
  resolution: StoredNote['resolution'],
  now: () => Date,
): Promise<EditorialNote> {
  const [me, article] = await Promise.all([client.me(), client.viewPost(note.postId)]);
  const slug = notesCompanionMarker(note.postId, me.id);
  const existing = await findCompanion(client, slug);
  const payload: Payload = existing
    ? payloadOf(client, existing)
    : { format: 'spalt-notes', version: 1, postId: note.postId, writer: { id: me.id, name: me.name }, notes: [] };
  const already =
    resolution === null
      ? payload.notes.find((stored) => stored.resolution === null && isSame(editorialNote(payload, stored), me.id, note))
      : undefined;
  if (already) return editorialNote(payload, already);
  const stored: StoredNote = {
    id: randomInt(noteIdRange[0], noteIdRange[1]),
    parentId: note.parentId ?? null,
    dateGmt: now().toISOString().slice(0, 23),
    text: note.text,
    resolution,
    blockHint: note.blockHint ?? null,
  };
  const next: Payload = { ...payload, writer: { id: me.id, name: me.name }, notes: [...payload.notes, stored] };
  const title = article.title.raw ?? article.title.rendered;
  const bytes = new Uint8Array(Buffer.from(JSON.stringify(next), 'utf8'));
  const fields = {
    slug,
    title: companionTitle('notes', title),
    content: companionContent(slug, note.postId, title, bytes),
    author: article.author ?? me.id,
  };
  await writeCompanion(client, existing, fields, { kind: 'create_note', postId: note.postId });
  return editorialNote(next, stored);
}

async function resolveThread(
  client: WordPressClient,
  postId: number,
  noteId: number,
  resolution: 'resolved' | 'reopen',
  text: string,
  now: () => Date,
): Promise<void> {
  const notes = await listNotes(client, [postId]);
  const thread = notes.find((note) => note.id === noteId && note.parentId === null);
  if (!thread) throw new WordPressError('wp_note_gone', { address: client.address, id: noteId }, { disposition: 'final' });
  if ((thread.state === 'resolved') === (resolution === 'resolved')) return;
  await addNote(client, { postId, text, parentId: noteId }, resolution, now);
}

function payloadOf(client: WordPressClient, post: Post): Payload {
  const bytes = companionPayload(client, post);
  const parsed = Payload.safeParse(parseJson(Buffer.from(bytes).toString('utf8')));
  if (!parsed.success) {
    throw new WordPressError(
      'wp_companion_damaged',
      { address: client.address, id: post.id, details: 'not Spalt’s notes' },
      { disposition: 'final' },
    );
  }
  return parsed.data;
}

function editorialNote(payload: Payload, note: StoredNote): EditorialNote {
  return {
    id: note.id,
    postId: payload.postId,
    parentId: note.parentId,
    author: payload.writer,
    dateGmt: note.dateGmt,
    text: note.text,
    resolution: note.resolution,
    state: 'open',
    exact: true,
    blockHint: note.blockHint,
  };
}

function isSame(found: EditorialNote, writerId: number, note: NewNote): boolean {
  return found.author.id === writerId && found.parentId === (note.parentId ?? null) && sameNoteText(found.text, note.text);
}
