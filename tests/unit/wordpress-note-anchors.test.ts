/**
 * A note's anchor in block markup, in the exact shape WordPress 7.1's block editor writes
 * (recorded from its editor: a note added through "Add note" on three blocks, then saved).
 * The end-to-end test wordpress-notes-editor.spec.ts checks the same against the live editor.
 */
import { describe, expect, it } from 'vitest';
import { anchorNote, readNoteAnchors, removeNoteAnchor, withoutNoteAnchors } from '../../main/publish/wordpress/note-anchors';

const spalt = [
  '<!-- wp:paragraph {"className":"spalt-lead"} -->\n<p class="spalt-lead"><strong>Ingress.</strong></p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading {"level":3} -->\n<h3>Rubrik</h3>\n<!-- /wp:heading -->',
  '<!-- wp:paragraph -->\n<p>Andra stycket med text.</p>\n<!-- /wp:paragraph -->',
].join('\n\n');

/**
 * What WordPress 7.1's editor saved for `spalt` with notes 10, 11 and 9 on its three blocks
 * (less the class wp-block-heading, which 7.1 adds to every heading it saves, notes or not).
 */
const savedByWordPress = [
  '<!-- wp:paragraph {"metadata":{"noteId":[10]},"className":"spalt-lead"} -->\n<p class="spalt-lead"><strong>Ingress.</strong></p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading {"level":3,"metadata":{"noteId":[11]}} -->\n<h3>Rubrik</h3>\n<!-- /wp:heading -->',
  '<!-- wp:paragraph {"metadata":{"noteId":[9]}} -->\n<p>Andra stycket med text.</p>\n<!-- /wp:paragraph -->',
].join('\n\n');

describe('note anchors in block markup', () => {
  it('reads the notes WordPress anchored, block by block', () => {
    expect(readNoteAnchors(savedByWordPress)).toEqual([
      { noteId: 10, path: [0], blockName: 'core/paragraph', markedText: null },
      { noteId: 11, path: [1], blockName: 'core/heading', markedText: null },
      { noteId: 9, path: [2], blockName: 'core/paragraph', markedText: null },
    ]);
    expect(readNoteAnchors(spalt)).toEqual([]);
  });

  it('anchors notes exactly as WordPress’s editor does: metadata after the block’s own attributes, before className', () => {
    const anchored = anchorNote(anchorNote(anchorNote(spalt, [0], 10), [1], 11), [2], 9);
    expect(anchored).toBe(savedByWordPress);
    // Anchoring the same note again changes nothing; a second note on a block joins the list.
    expect(anchorNote(anchored, [1], 11)).toBe(anchored);
    expect(
      readNoteAnchors(anchorNote(anchored, [1], 12))
        .filter((anchor) => anchor.path[0] === 1)
        .map((anchor) => anchor.noteId),
    ).toEqual([11, 12]);
  });

  it('reads WordPress 6.9’s single id, and a note on a selection of text with what it marks', () => {
    const markup = [
      '<!-- wp:paragraph {"metadata":{"noteId":7}} -->\n<p>Hela stycket.</p>\n<!-- /wp:paragraph -->',
      '<!-- wp:paragraph {"metadata":{"noteId":[8]}} -->\n<p>Här är <mark class="wp-note" data-id="8">en <em>markerad</em> bit</mark> text.</p>\n<!-- /wp:paragraph -->',
    ].join('\n\n');
    expect(readNoteAnchors(markup)).toEqual([
      { noteId: 7, path: [0], blockName: 'core/paragraph', markedText: null },
      { noteId: 8, path: [1], blockName: 'core/paragraph', markedText: 'en markerad bit' },
    ]);
    expect(withoutNoteAnchors(markup)).toBe(
      '<!-- wp:paragraph -->\n<p>Hela stycket.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Här är en <em>markerad</em> bit text.</p>\n<!-- /wp:paragraph -->',
    );
  });

  it('names inner blocks by their path, keeps other metadata, and takes a note away again', () => {
    const factBox = [
      '<!-- wp:group {"className":"spalt-fact-box","layout":{"type":"constrained"}} -->',
      '<div class="wp-block-group spalt-fact-box"><!-- wp:heading {"level":3} -->',
      '<h3>Fakta</h3>',
      '<!-- /wp:heading -->',
      '',
      '<!-- wp:paragraph {"metadata":{"name":"Källa"}} -->',
      '<p>Källa: kommunen.</p>',
      '<!-- /wp:paragraph --></div>',
      '<!-- /wp:group -->',
    ].join('\n');
    const markup = `${spalt}\n\n${factBox}`;
    const anchored = anchorNote(anchorNote(markup, [3, 1], 21), [3], 20);
    expect(readNoteAnchors(anchored)).toEqual([
      { noteId: 20, path: [3], blockName: 'core/group', markedText: null },
      { noteId: 21, path: [3, 1], blockName: 'core/paragraph', markedText: null },
    ]);
    expect(anchored).toContain(
      '<!-- wp:group {"metadata":{"noteId":[20]},"className":"spalt-fact-box","layout":{"type":"constrained"}} -->',
    );
    expect(anchored).toContain('<!-- wp:paragraph {"metadata":{"name":"Källa","noteId":[21]}} -->');
    expect(removeNoteAnchor(removeNoteAnchor(anchored, 20), 21)).toBe(markup);
    expect(withoutNoteAnchors(anchored)).toBe(markup);
    expect(() => anchorNote(markup, [9], 1)).toThrow(/No block at 9/);
  });
});
