/**
 * The corrections printed at the end of a post: one paragraph each, class `spalt-correction`,
 * "Rättelse 6 december 2026: …" with the Stockholm date it was made, in Swedish whatever the
 * interface language (it is the site's text). They are written from the corrections table at
 * every send, never read back into the article's body.
 */
import { formatDay, newsroomDate } from '../../../shared/format/date';
import type { ParsedBlock, Freeform } from '../../../shared/document/markup/grammar';
import { escapeText } from '../../../shared/document/markup/html';
import type { CorrectionNoteOut } from '../../db/corrections';

export const correctionClass = 'spalt-correction';

/** "Rättelse 6 december 2026:", the words the reader sees before the note. */
export function correctionHeading(madeAt: string): string {
  return `Rättelse ${formatDay(newsroomDate(madeAt), 'sv')}:`;
}

/** The paragraph's inner HTML: the heading in bold, then the note. */
export function correctionHtml(correction: CorrectionNoteOut): string {
  return `<strong>${escapeText(correctionHeading(correction.madeAt))}</strong> ${escapeText(correction.note.trim())}`;
}

/** A paragraph of the markup that is a correction note Spalt wrote. */
export function isCorrectionBlock(item: ParsedBlock | Freeform): boolean {
  if (item.kind !== 'block' || item.name !== 'core/paragraph') return false;
  const className = item.attrs.className;
  return typeof className === 'string' && className.split(/\s+/).includes(correctionClass);
}
