/**
 * The photo library's interface text and errors. Kept in its own file so the photo work and
 * the rest of the interface can grow apart; sv.ts and en.ts take these in.
 */
import type { Message } from './plural';

export const photosSv = {
  'nav.photos': 'Bilder',
  'error.photo_not_found': 'Bilden finns inte längre i bildbiblioteket.',
  'error.photo_empty': '”{fileName}” är tom (0 byte). Välj bildfilen igen, eller hämta den på nytt.',
  'error.photo_unsupported':
    '”{fileName}” är ingen bild som Spalt kan läsa. Använd JPEG, PNG, WebP eller GIF.',
  'error.photo_damaged':
    '”{fileName}” är skadad eller ofullständig och kunde inte läsas. Hämta eller exportera bilden på nytt.',
  'error.photo_too_large':
    '”{fileName}” är för stor ({size}). Största tillåtna filstorlek är {max}; exportera en mindre version.',
  'error.photo_too_many_pixels':
    '”{fileName}” har för många bildpunkter ({pixels} megapixel, högst {max}). Förminska bilden och importera igen.',
} as const;

export const photosEn: Record<keyof typeof photosSv, Message> = {
  'nav.photos': 'Photos',
  'error.photo_not_found': 'The photo is no longer in the photo library.',
  'error.photo_empty': '“{fileName}” is empty (0 bytes). Choose the image file again, or download it again.',
  'error.photo_unsupported': '“{fileName}” is not an image Spalt can read. Use JPEG, PNG, WebP or GIF.',
  'error.photo_damaged':
    '“{fileName}” is damaged or incomplete and could not be read. Download or export the image again.',
  'error.photo_too_large':
    '“{fileName}” is too large ({size}). The largest file allowed is {max}; export a smaller version.',
  'error.photo_too_many_pixels':
    '“{fileName}” has too many pixels ({pixels} megapixels, at most {max}). Make the image smaller and import it again.',
};
