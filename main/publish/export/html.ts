import type { Article } from '../../../shared/article/article';
import { bylineLines } from '../../../shared/article/byline';
import { formatDateTime } from '../../../shared/format/date';
import { documentToBlocks } from '../../../shared/document/markup/to-blocks';
import { escapeAttribute, escapeText } from '../../../shared/document/markup/html';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import { dataUri, type PhotoSource } from './photos';

/**
 * One article as a standalone HTML page that reads and prints like the site: label, kicker and
 * headline, byline or disclaimer, dates, the main photo with its caption and credit, the lead,
 * the body and the signers. Photos are inside the file (data: addresses), so the page needs
 * nothing beside it. Its Content-Security-Policy allows no script at all: a block kept
 * verbatim from the site cannot run anything when the file is opened.
 */
const styles = `
  :root { color-scheme: light; }
  body { margin: 0; font: 18px/1.6 Georgia, "DejaVu Serif", serif; color: #1a1a1a; background: #fff; }
  article { max-width: 44rem; margin: 2.5rem auto; padding: 0 1.25rem; }
  .spalt-label { display: inline-block; font: 700 0.8rem/1 Arial, "DejaVu Sans", sans-serif; text-transform: uppercase;
    letter-spacing: 0.06em; background: #fde68a; padding: 0.35rem 0.6rem; border-radius: 3px; }
  h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.6rem 0 0.8rem; }
  .spalt-kicker { color: #b91c1c; }
  .spalt-meta, .spalt-byline, .spalt-sponsor { font: 0.9rem/1.5 Arial, "DejaVu Sans", sans-serif; color: #444; margin: 0.2rem 0; }
  .spalt-lead { font-weight: 700; font-size: 1.1rem; }
  figure { margin: 1.5rem 0; }
  figure img { max-width: 100%; height: auto; display: block; }
  figcaption, .wp-element-caption { font: 0.85rem/1.4 Arial, "DejaVu Sans", sans-serif; color: #444; margin-top: 0.4rem; }
  .spalt-credit { color: #666; }
  .wp-block-pullquote { border-top: 3px solid #1a1a1a; border-bottom: 3px solid #1a1a1a; margin: 2rem 0; padding: 1rem 0;
    font-size: 1.35rem; text-align: center; }
  .wp-block-pullquote blockquote { margin: 0; padding: 0; border: 0; }
  .wp-block-pullquote blockquote > p::before, .wp-block-pullquote blockquote > p::after { content: "”"; }
  blockquote { border-left: 3px solid #ccc; margin: 1.5rem 0; padding-left: 1rem; }
  .spalt-fact-box { background: #f3f4f6; padding: 1rem 1.25rem; margin: 1.5rem 0; }
  .spalt-live-update { border-left: 4px solid #b91c1c; padding-left: 1rem; margin: 1.5rem 0; }
  .spalt-ad-slot { font: 0.8rem Arial, "DejaVu Sans", sans-serif; color: #666; text-align: center; border: 1px dashed #bbb; padding: 0.5rem; }
  .spalt-disclaimer { font-style: italic; border-top: 1px solid #ddd; padding-top: 0.75rem; }
  @media print {
    body { font-size: 11pt; }
    article { margin: 0; max-width: none; }
    figure, .spalt-fact-box, .wp-block-pullquote { break-inside: avoid; }
    a { color: inherit; }
  }
`;

const withoutBlockComments = (markup: string) => markup.replace(/<!-- \/?wp:[\s\S]*? -->\n?/g, '');

function figure(src: string, alt: string, caption: string, credit: string): string {
  const text = [escapeText(caption), credit ? `<span class="spalt-credit">${escapeText(credit)}</span>` : ''].filter(Boolean).join(' ');
  return (
    `<figure class="spalt-main-photo"><img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"/>` +
    (text ? `<figcaption>${text}</figcaption>` : '') +
    '</figure>'
  );
}

/** The page for one article. */
export function articleHtml(article: Article, photos: PhotoSource): string {
  const body = resolvePhotos(article.body, (id) => {
    const photo = photos(id);
    return photo && { src: dataUri(photo), alt: photo.alt, caption: photo.caption, credit: photo.creditLine };
  });
  const main = article.mainPhotoId ? photos(article.mainPhotoId) : undefined;
  const kicker = article.kicker.trim();
  const title = [kicker, article.headline].filter(Boolean).join(' ');
  const byline =
    article.kind === 'opinion' && article.disclaimer
      ? [`<p class="spalt-byline">${escapeText(article.disclaimer)}</p>`]
      : bylineLines(article.bylines).map((line) => `<p class="spalt-byline">${escapeText(line)}</p>`);
  const parts = [
    article.label ? `<p><span class="spalt-label">${escapeText(article.label)}</span></p>` : '',
    `<h1>${kicker ? `<span class="spalt-kicker">${escapeText(kicker)}</span> ` : ''}${escapeText(article.headline)}</h1>`,
    ...byline,
    article.sponsor ? `<p class="spalt-sponsor">I samarbete med ${escapeText(article.sponsor)}</p>` : '',
    `<p class="spalt-meta">Skapad: ${escapeText(formatDateTime(article.createdAt))}</p>`,
    `<p class="spalt-meta">Senast ändrad: ${escapeText(formatDateTime(article.updatedAt))}</p>`,
    main ? figure(dataUri(main), main.alt, main.caption, main.creditLine) : '',
    article.lead ? `<p class="spalt-lead">${escapeText(article.lead)}</p>` : '',
    withoutBlockComments(documentToBlocks(body)),
    article.kind === 'opinion' && article.disclaimer ? `<p class="spalt-disclaimer">${escapeText(article.disclaimer)}</p>` : '',
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Spalt">',
    `<title>${escapeText(title)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<article>',
    ...parts.filter(Boolean),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
