import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportedFile } from '../../../shared/api';
import type { Article } from '../../../shared/article/article';
import { documentToBlocks } from '../../../shared/document/markup/to-blocks';
import { photoIdsInBody } from '../../../shared/document/photo-ids';
import { resolveReadAlso, type ReadAlsoAddresses } from '../../../shared/document/read-also-links';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import { SpaltError } from '../../../shared/errors';
import { newsroomDate } from '../../../shared/format/date';
import { slugify } from '../../../shared/format/slug';
import { articleHtml } from './html';
import { articlesJson } from './json';
import { articleMarkdown } from './markdown';
import type { ExportPhoto, PhotoSource } from './photos';

export type ExportFormat = 'html' | 'markdown' | 'json' | 'blocks';

/** "starkare-europa-starkare-sverige", unique within one export. */
function namer(): (article: Article) => string {
  const used = new Set<string>();
  return (article) => {
    const base = slugify([article.kicker, article.headline].filter(Boolean).join(' ')) || 'artikel';
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  };
}

function zip(name: string, files: Zippable): ExportedFile {
  return { fileName: `${name}.zip`, mimeType: 'application/zip', data: zipSync(files, { level: 6 }) };
}

/** Every library photo the articles use, main photos first, each once. */
function usedPhotos(articles: readonly Article[], photos: PhotoSource): ExportPhoto[] {
  const ids = new Set(articles.flatMap((a) => [...(a.mainPhotoId ? [a.mainPhotoId] : []), ...photoIdsInBody(a.body)]));
  return [...ids].map(photos).filter((p): p is ExportPhoto => p !== undefined);
}

/**
 * Articles as a file for the user: one article in HTML or JSON is one file; Markdown with
 * photos, and any selection of several articles, is a zip (JSON holds any selection in one
 * file). Block markup is one article's, for the clipboard. Every format but JSON (which
 * Spalt reads back, article ids and all) has its "Läs även" links resolved first.
 */
export function exportArticles(
  format: ExportFormat,
  chosen: readonly Article[],
  photos: PhotoSource,
  now: string,
  links: ReadAlsoAddresses,
): ExportedFile {
  const articles = format === 'json' ? chosen : chosen.map((article) => ({ ...article, body: resolveReadAlso(article.body, links) }));
  const nextName = namer();
  const names = new Map(articles.map((a) => [a, nextName(a)]));
  const nameOf = (article: Article) => names.get(article) ?? 'artikel';
  const [first] = articles;
  if (!first) throw new SpaltError('invalid_input', { details: 'no articles' });
  switch (format) {
    case 'blocks': {
      if (articles.length !== 1) throw new SpaltError('export_blocks_one');
      const body = resolvePhotos(first.body, (id) => {
        const photo = photos(id);
        return photo && { src: `spalt-photo:${photo.id}`, alt: photo.alt, caption: photo.caption, credit: photo.creditLine };
      });
      return { fileName: `${nameOf(first)}.html`, mimeType: 'text/plain', data: strToU8(documentToBlocks(body)) };
    }
    case 'json': {
      const name = articles.length === 1 ? nameOf(first) : `artiklar-${newsroomDate(now)}`;
      return {
        fileName: `${name}.json`,
        mimeType: 'application/json',
        data: strToU8(articlesJson(articles, usedPhotos(articles, photos), now)),
      };
    }
    case 'html': {
      if (articles.length === 1)
        return { fileName: `${nameOf(first)}.html`, mimeType: 'text/html', data: strToU8(articleHtml(first, photos)) };
      return zip(
        `artiklar-${newsroomDate(now)}`,
        Object.fromEntries(articles.map((a) => [`${nameOf(a)}.html`, strToU8(articleHtml(a, photos))])),
      );
    }
    case 'markdown': {
      const files: Zippable = {};
      for (const article of articles) {
        const { text, photos: beside } = articleMarkdown(article, photos);
        files[`${nameOf(article)}.md`] = strToU8(text);
        // Photos are compressed already; deflating them again costs time and saves nothing.
        for (const { path, photo } of beside) files[path] = [photo.read(), { level: 0 }];
      }
      const paths = Object.keys(files);
      if (paths.length === 1 && paths[0]) {
        return { fileName: paths[0], mimeType: 'text/markdown', data: files[paths[0]] as Uint8Array };
      }
      return zip(articles.length === 1 ? nameOf(first) : `artiklar-${newsroomDate(now)}`, files);
    }
  }
}
