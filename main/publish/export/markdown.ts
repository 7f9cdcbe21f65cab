import type { Article } from '../../../shared/article/article';
import { bodyToMarkdown } from '../../../shared/document/markdown';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import type { ExportPhoto, PhotoSource } from './photos';

/** A YAML scalar: JSON's double-quoted strings are valid YAML, escapes and all. */
const scalar = (value: string | number | null) => (value === null ? 'null' : JSON.stringify(value));

export interface MarkdownExport {
  text: string;
  /** The photos the text points at, to be written beside it under these names. */
  photos: Array<{ path: string; photo: ExportPhoto }>;
}

/**
 * One article as Markdown with YAML front matter: the article's fields in the front matter
 * (headline as `title`, which static site tools expect), the lead as the first paragraph and
 * the body after it. Library photos are written beside the text in `bilder/`.
 */
export function articleMarkdown(article: Article, photos: PhotoSource, photoFolder = 'bilder'): MarkdownExport {
  const files = new Map<string, { path: string; photo: ExportPhoto }>();
  const pathOf = (id: string): string | undefined => {
    const photo = photos(id);
    if (!photo) return undefined;
    const path = `${photoFolder}/${photo.id}.${photo.extension}`;
    files.set(id, { path, photo });
    return path;
  };
  const main = article.mainPhotoId ? photos(article.mainPhotoId) : undefined;
  const mainPath = main ? pathOf(main.id) : undefined;
  const front = [
    '---',
    `title: ${scalar(article.headline)}`,
    `kicker: ${scalar(article.kicker)}`,
    `kind: ${scalar(article.kind)}`,
    `status: ${scalar(article.status)}`,
    `lead: ${scalar(article.lead)}`,
    article.bylines.length === 0
      ? 'bylines: []'
      : ['bylines:', ...article.bylines.map((b) => `  - role: ${scalar(b.role)}\n    name: ${scalar(b.name)}`)].join('\n'),
    `label: ${scalar(article.label)}`,
    `disclaimer: ${scalar(article.disclaimer)}`,
    `sponsor: ${scalar(article.sponsor)}`,
    main && mainPath
      ? [
          'main_photo:',
          `  file: ${scalar(mainPath)}`,
          `  alt: ${scalar(main.alt)}`,
          `  caption: ${scalar(main.caption)}`,
          `  credit: ${scalar(main.creditLine)}`,
        ].join('\n')
      : 'main_photo: null',
    `created: ${scalar(article.createdAt)}`,
    `updated: ${scalar(article.updatedAt)}`,
    `spalt_id: ${scalar(article.id)}`,
    '---',
  ];
  const resolved = resolvePhotos(article.body, (id) => {
    const path = pathOf(id);
    const photo = photos(id);
    return path && photo ? { src: path, alt: photo.alt, caption: photo.caption, credit: photo.creditLine } : undefined;
  });
  const body = bodyToMarkdown(resolved);
  const text = [front.join('\n'), '', article.lead, '', body, ''].join('\n').replace(/\n{3,}/g, '\n\n');
  return { text, photos: [...files.values()] };
}
