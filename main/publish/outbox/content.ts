/**
 * An article as a WordPress post: the title as the site prints it (kicker and headline), the
 * lead as the excerpt, and the content as core blocks only — the article's header (label,
 * byline lines or an opinion piece's disclaimer, the sponsor) as paragraphs with Spalt's class
 * names, then the body with each library photo pointing at its uploaded copy.
 */
import type { ArticleDraft } from '../../../shared/article/article';
import { bylineLines } from '../../../shared/article/byline';
import type { Photo } from '../../../shared/article/photo';
import type { BodyDocument } from '../../../shared/document/body';
import { serializeBlocks, type MarkupOut } from '../../../shared/document/markup/block';
import { escapeText } from '../../../shared/document/markup/html';
import { documentToBlocks } from '../../../shared/document/markup/to-blocks';
import { resolvePhotos } from '../../../shared/document/resolve-photos';
import type { MediaTexts } from './remote-store';

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

function paragraph(className: string, text: string): MarkupOut {
  return { name: 'core/paragraph', attrs: { className }, before: `<p class="${className}">${escapeText(text)}</p>` };
}

/** The header above the body, as the site prints it: label, then byline lines or the disclaimer, then the sponsor. */
export function headerBlocks(draft: ArticleDraft): MarkupOut[] {
  const blocks: MarkupOut[] = [];
  if (draft.label.trim() !== '') blocks.push(paragraph('spalt-label', draft.label.trim()));
  if (draft.kind === 'opinion' && draft.disclaimer.trim() !== '') blocks.push(paragraph('spalt-disclaimer', draft.disclaimer.trim()));
  else for (const line of bylineLines(draft.bylines)) blocks.push(paragraph('spalt-byline', line));
  if (draft.sponsor.trim() !== '') blocks.push(paragraph('spalt-sponsor', `I samarbete med ${draft.sponsor.trim()}`));
  return blocks;
}

/** A library photo on the site: its texts from the library, its address from the upload. */
export interface SitePhoto {
  photo: Photo;
  sourceUrl: string;
}

/** The post's content: header and body as block markup. */
export function postContent(draft: ArticleDraft, photos: ReadonlyMap<string, SitePhoto>): string {
  const body: BodyDocument = resolvePhotos(draft.body, (id) => {
    const found = photos.get(id);
    return found && { src: found.sourceUrl, alt: found.photo.alt, caption: found.photo.caption, credit: found.photo.creditLine };
  });
  const header = serializeBlocks(headerBlocks(draft));
  const main = documentToBlocks(body);
  return [header, main].filter((part) => part !== '').join('\n\n');
}

/** A media item's texts: alt text; the caption with the credit line, as under the photo in a post; credit and licence in the description. */
export function mediaTexts(photo: Photo): MediaTexts {
  const credit = photo.creditLine.trim();
  const caption = [escapeText(photo.caption.trim()), credit === '' ? '' : `<span class="spalt-credit">${escapeText(credit)}</span>`]
    .filter(Boolean)
    .join(' ');
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
