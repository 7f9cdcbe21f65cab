import { Document, isScalar, visit } from 'yaml';
import type { Article } from '../../../shared/article/article';
import { bodyToMdast, markdownText } from '../../../shared/document/markdown';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import type { ExportPhoto, PhotoSource } from './photos';

export interface MarkdownExport {
  text: string;
  /** The photos the text points at, to be written beside it under these names. */
  photos: Array<{ path: string; photo: ExportPhoto }>;
}

/** Characters a YAML 1.1 reader (Jekyll, PyYAML) takes for a line break, or that YAML forbids raw. */
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * The front matter as YAML, written by the yaml library. Strings that a YAML 1.1 reader would
 * take for something else ("yes", "2024-05-09") are quoted; a string holding a character
 * that reader counts as a line break is double-quoted with that character escaped.
 */
function frontMatter(fields: Record<string, unknown>): string {
  const document = new Document(fields, { version: '1.1' });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && new RegExp(yamlUnsafe.source).test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = document.toString({ lineWidth: 0 });
  // Only double-quoted scalars hold these characters now, and there \uXXXX is an escape.
  return yaml.replace(yamlUnsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
  const front = frontMatter({
    title: article.headline,
    kicker: article.kicker,
    kind: article.kind,
    status: article.status,
    lead: article.lead,
    bylines: article.bylines.map(({ role, name }) => ({ role, name })),
    label: article.label,
    disclaimer: article.disclaimer,
    sponsor: article.sponsor,
    main_photo: main && mainPath ? { file: mainPath, alt: main.alt, caption: main.caption, credit: main.creditLine } : null,
    created: article.createdAt,
    updated: article.updatedAt,
    spalt_id: article.id,
  });
  const resolved = resolvePhotos(article.body, (id) => {
    const path = pathOf(id);
    const photo = photos(id);
    return path && photo ? { src: path, alt: photo.alt, caption: photo.caption, credit: photo.creditLine } : undefined;
  });
  const lead =
    article.lead.trim() === '' ? [] : [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: article.lead }] }];
  const body = markdownText({ type: 'root', children: [...lead, ...bodyToMdast(resolved)] });
  return { text: `---\n${front}---\n\n${body}`, photos: [...files.values()] };
}
