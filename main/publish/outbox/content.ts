/**
 * An article as a WordPress post: the title as the site prints it (kicker and headline), the
 * lead as the excerpt, and the content as core blocks only, in the order of the newsroom's
 * pages: the label, the main photo with its caption and credit line, the lead set apart, the
 * byline lines or an opinion piece's disclaimer, the sponsor, then the body with each library
 * photo pointing at its uploaded copy, and last the corrections made on the site. What the site's theme shows by itself (the excerpt, the
 * featured image) is left out, as the site's settings say.
 */
import type { ArticleDraft } from '../../../shared/article/article';
import { bylineLines } from '../../../shared/article/byline';
import type { Photo } from '../../../shared/article/photo';
import type { BodyDocument } from '../../../shared/document/body';
import { serializeBlocks, type MarkupOut } from '../../../shared/document/markup/block';
import { escapeText } from '../../../shared/document/markup/html';
import { documentToBlocks } from '../../../shared/document/markup/to-blocks';
import { captionHtml, photoToBlocks } from '../../../shared/document/nodes/photo/to-blocks';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import type { SitePage } from '../../../shared/publish/site';
import type { CorrectionNoteOut } from '../../db/corrections';
import type { MediaTexts } from '../../db/remote-photos';
import { correctionClass, correctionHtml } from './corrections';

/**
 * "INSÄNDARE: Starkare Europa, starkare Sverige". A kicker that ends in punctuation of its own
 * ("INSÄNDARE:", "Debatt –") is followed by a space only.
 */
export function postTitle(kicker: string, headline: string): string {
  const prefix = kicker.trim();
  const title = headline.trim();
  if (prefix === '') return title;
  if (title === '') return prefix;
  return /[:.!?–—-]$/.test(prefix) ? `${prefix} ${title}` : `${prefix}: ${title}`;
}

function paragraph(className: string, html: string, attrs: Record<string, string> = {}): MarkupOut {
  // A preset font size is a class WordPress writes after the block's own.
  const classes = [className, ...(attrs.fontSize ? [`has-${attrs.fontSize}-font-size`] : [])].join(' ');
  return { name: 'core/paragraph', attrs: { className, ...attrs }, before: `<p class="${classes}">${html}</p>` };
}

/** A library photo on the site: its texts from the library, its address from the upload. */
export interface SitePhoto {
  photo: Photo;
  sourceUrl: string;
}

/**
 * The main photo above the lead: as an image with its caption and credit line, or, where the
 * theme shows the featured image itself, only the caption and credit line, in small type.
 */
function mainPhotoBlocks(draft: ArticleDraft, photos: ReadonlyMap<string, SitePhoto>, page: SitePage): MarkupOut[] {
  const main = draft.mainPhotoId === null ? undefined : photos.get(draft.mainPhotoId);
  if (!main) return [];
  const { photo } = main;
  if (!page.themeShowsFeaturedImage) {
    return [
      photoToBlocks({
        src: main.sourceUrl,
        photoId: photo.id,
        alt: photo.alt,
        caption: photo.caption.trim(),
        credit: photo.creditLine.trim(),
        width: null,
        height: null,
      }),
    ];
  }
  const caption = captionHtml(photo.caption.trim(), photo.creditLine.trim());
  return caption === '' ? [] : [paragraph('spalt-photo-caption', caption, { fontSize: 'small' })];
}

/**
 * Everything above the body: label, main photo, lead (bold, so a theme that does not know the
 * class still sets it apart, as the newsroom's pages do), byline lines or the disclaimer, sponsor.
 */
export function headerBlocks(draft: ArticleDraft, photos: ReadonlyMap<string, SitePhoto>, page: SitePage): MarkupOut[] {
  const blocks: MarkupOut[] = [];
  const text = (value: string) => escapeText(value.trim());
  if (draft.label.trim() !== '') blocks.push(paragraph('spalt-label', text(draft.label)));
  blocks.push(...mainPhotoBlocks(draft, photos, page));
  if (draft.lead.trim() !== '' && !page.themeShowsExcerpt) {
    blocks.push(paragraph('spalt-lead', `<strong>${text(draft.lead).replace(/\r?\n/g, '<br>')}</strong>`));
  }
  if (draft.kind === 'opinion' && draft.disclaimer.trim() !== '') blocks.push(paragraph('spalt-disclaimer', text(draft.disclaimer)));
  else for (const line of bylineLines(draft.bylines)) blocks.push(paragraph('spalt-byline', text(line)));
  if (draft.sponsor.trim() !== '') blocks.push(paragraph('spalt-sponsor', `I samarbete med ${text(draft.sponsor)}`));
  return blocks;
}

/** The post's content in parts: each header block, each body block ('' where a block writes none), and the corrections at the end, in order. */
export interface ContentParts {
  header: string[];
  blocks: string[];
  footer?: string[];
}

export function postContentParts(
  draft: ArticleDraft,
  photos: ReadonlyMap<string, SitePhoto>,
  page: SitePage,
  corrections: readonly CorrectionNoteOut[] = [],
): ContentParts {
  const body: BodyDocument = resolvePhotos(draft.body, (id) => {
    const found = photos.get(id);
    return found && { src: found.sourceUrl, alt: found.photo.alt, caption: found.photo.caption, credit: found.photo.creditLine };
  });
  const header = headerBlocks(draft, photos, page).map((block) => serializeBlocks([block]));
  const blocks = body.root.children.map((child) => documentToBlocks({ root: { ...body.root, children: [child] } }));
  const footer = corrections.map((correction) => serializeBlocks([paragraph(correctionClass, correctionHtml(correction))]));
  return { header, blocks, footer };
}

/** The post's content: header and body as block markup. */
export function postContent(draft: ArticleDraft, photos: ReadonlyMap<string, SitePhoto>, page: SitePage): string {
  return joinContent(postContentParts(draft, photos, page));
}

export function joinContent({ header, blocks, footer = [] }: ContentParts): string {
  return [...header, ...blocks, ...footer].filter((part) => part !== '').join('\n\n');
}

/** A media item's texts: alt text; the caption with the credit line, as under the photo in a post; credit and licence in the description. */
export function mediaTexts(photo: Photo): MediaTexts {
  const credit = photo.creditLine.trim();
  const caption = captionHtml(photo.caption.trim(), credit);
  const { credit: c } = photo;
  const lines = [
    credit,
    c.name.trim() !== '' && !credit.includes(c.name.trim()) ? `Fotograf: ${c.name.trim()}` : '',
    c.organisation.trim() !== '' && !credit.includes(c.organisation.trim()) ? `Källa: ${c.organisation.trim()}` : '',
    c.licence.trim() !== '' ? `Licens: ${c.licence.trim()}` : '',
    c.usageNotes.trim() !== '' ? `Villkor: ${c.usageNotes.trim()}` : '',
    c.oneTimeUse ? 'Får publiceras en gång.' : '',
    c.expiresOn !== null ? `Licensen gäller till och med ${c.expiresOn}.` : '',
  ].filter(Boolean);
  return {
    alt_text: photo.alt.trim(),
    caption,
    description: lines.map(escapeText).join('\n'),
    title: photo.alt.trim() || fileStem(photo.fileName),
  };
}

export function fileStem(fileName: string): string {
  return fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'bild';
}
