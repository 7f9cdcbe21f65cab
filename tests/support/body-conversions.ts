import { createHeadlessEditor } from '@lexical/headless';
import type { BodyDocument } from '../../shared/document/body';
import { refusedUrls, withAllowedUrls } from '../../shared/document/body-urls';
import { bodyToMarkdown } from '../../shared/document/markdown';
import { blocksToDocument } from '../../shared/document/markup/from-blocks';
import { parseBlockMarkup } from '../../shared/document/markup/grammar';
import { documentToBlocks } from '../../shared/document/markup/to-blocks';
import { bodyNodes } from '../../shared/document/nodes/registry';
import { photoIdsInBody } from '../../shared/document/photo-ids';
import { bodyPlainText } from '../../shared/document/plain-text';
import { readAlsoArticles, resolveReadAlso } from '../../shared/document/read-also-links';
import { resolvePhotos } from '../../shared/document/resolve-photos';

/** Everything Spalt makes of one stored body, as strings to compare byte for byte. */
export interface BodyConversions {
  /** The body opened by the real node classes and saved again, as SQLite would store it. */
  saved: string;
  markup: string;
  /** That markup read back. */
  readBack: string;
  /** The markup as WordPress 7.1's editor saves it (its class names added), read back. */
  readBackFrom71: string;
  /** Each top-level block of the markup changed the way another editor might, read back. */
  readBackEdited: string[];
  markdown: string;
  plainText: string;
  photoIds: string[];
  readAlso: string;
  /** Library photos and "Läs även" resolved for a site, and the markup that gives. */
  resolved: string;
  resolvedMarkup: string;
  /** The same with every address of the site made a javascript: one: what is refused, and what a writer sends. */
  refused: string;
  allowedMarkup: string;
  allowedMarkdown: string;
}

const editor = createHeadlessEditor({
  namespace: 'conversions',
  nodes: [...bodyNodes],
  onError: (error) => {
    throw error;
  },
});

const as71Saves = (markup: string) =>
  markup.replace(/<(h[23])>/g, '<$1 class="wp-block-heading">').replace(/<(ul|ol)( start="\d+")?>/g, '<$1$2 class="wp-block-list">');

/** Four edits of one block: an attribute on its first element, one in its comment, a class, its closer gone. */
function editedBlocks(markup: string): string[] {
  return parseBlockMarkup(markup).flatMap((block) => {
    const { source } = block;
    return [
      source.replace(/-->\n<([a-z0-9]+)/, '-->\n<$1 data-elsewhere="1"'),
      source.replace(
        /^<!-- wp:([a-z/-]+) (\{)?/,
        (_all, name: string, brace?: string) => `<!-- wp:${name} {"align":"wide"${brace ? ',' : '} '}`,
      ),
      source.replace(/class="/, 'class="elsewhere '),
      source.replace(/\n<!-- \/wp:[a-z/-]+ -->$/, ''),
    ].map((edited) => JSON.stringify(blocksToDocument(edited)));
  });
}

export function bodyConversions(body: BodyDocument): BodyConversions {
  const markup = documentToBlocks(body);
  const resolvedBody = resolveReadAlso(
    resolvePhotos(body, (id) =>
      id.startsWith('3f') || id === 'hall-helikopter'
        ? { src: `https://telgenytt.se/wp-content/uploads/${id}.jpg`, alt: `Alt ${id}`, caption: '', credit: 'Foto: Alexander Isa' }
        : undefined,
    ),
    { address: (id) => (id === 'boel' ? null : `https://telgenytt.se/${id}/`), keepOwnUrl: true },
  );
  const hostile = JSON.parse(JSON.stringify(body).replaceAll('https://', 'javascript:alert(1)//')) as BodyDocument;
  return {
    saved: JSON.stringify(editor.parseEditorState(JSON.stringify(body)).toJSON()),
    markup,
    readBack: JSON.stringify(blocksToDocument(markup)),
    readBackFrom71: JSON.stringify(blocksToDocument(as71Saves(markup))),
    readBackEdited: editedBlocks(markup),
    markdown: bodyToMarkdown(body),
    plainText: bodyPlainText(body),
    photoIds: photoIdsInBody(body),
    readAlso: JSON.stringify(readAlsoArticles(body)),
    resolved: JSON.stringify(resolvedBody),
    resolvedMarkup: documentToBlocks(resolvedBody),
    refused: JSON.stringify(refusedUrls(hostile)),
    allowedMarkup: documentToBlocks(withAllowedUrls(hostile)),
    allowedMarkdown: bodyToMarkdown(hostile),
  };
}
