/**
 * Keeping WordPress's note anchors (metadata.noteId) when Spalt sends a post again: Spalt writes
 * the markup anew from the article, which knows nothing of them, so each anchor on the site is
 * carried to the block at the same place in the body, and a note keeps its block in WordPress's
 * editor too. An anchor whose block is gone is left out; the note itself stays on the site.
 */
import { anchorNote, readNoteAnchors } from '../wordpress/note-anchors';
import { headerBlockCount } from './post-draft';

export function carryNoteAnchors(onSite: string, next: string): string {
  const anchors = readNoteAnchors(onSite).filter((anchor) => anchor.path.length === 1 && anchor.markedText === null);
  if (anchors.length === 0) return next;
  const from = headerBlockCount(onSite);
  const to = headerBlockCount(next);
  let result = next;
  for (const anchor of anchors) {
    const bodyIndex = (anchor.path[0] ?? 0) - from;
    if (bodyIndex < 0) continue;
    try {
      result = anchorNote(result, [to + bodyIndex], anchor.noteId);
    } catch {
      // No block there any more.
    }
  }
  return result;
}
