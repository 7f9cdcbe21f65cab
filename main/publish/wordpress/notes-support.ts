/**
 * Whether a site keeps notes itself: WordPress 6.9 and later declare Notes as a feature of the
 * post type's editor (`supports.editor: [{ notes: true }]`, GET /wp/v2/types/post in
 * context=edit, which anyone who may write posts may read), the very check its comments
 * endpoint makes before accepting a note. Older sites answer `editor: true`. A read only:
 * nothing is written to find out, and nothing is remembered here; the caller keeps the answer.
 */
import { z } from 'zod';
import type { WordPressClient } from './client';
import type { NotesOnSite } from './editorial-notes';
import { companionNotes } from './notes-companion';
import { nativeNotes } from './notes-native';

export type NotesKind = 'native' | 'companion';

const PostType = z.looseObject({ supports: z.record(z.string(), z.unknown()).optional() });

export async function detectNotes(client: WordPressClient): Promise<NotesKind> {
  const { value } = await client.call('GET', 'wp/v2/types/post', { query: { context: 'edit' } }, { kind: 'read' }, PostType);
  const editor = value.supports?.editor;
  const declared =
    Array.isArray(editor) &&
    editor.some((feature) => typeof feature === 'object' && feature !== null && Boolean((feature as { notes?: unknown }).notes));
  return declared ? 'native' : 'companion';
}

/** The notes of a site kept the way it keeps them. */
export function notesOfKind(client: WordPressClient, kind: NotesKind): NotesOnSite {
  return kind === 'native' ? nativeNotes(client) : companionNotes(client);
}

/** Asks the site, then gives its notes. */
export async function notesOnSite(client: WordPressClient): Promise<NotesOnSite> {
  return notesOfKind(client, await detectNotes(client));
}
