/** Photos in an article: the picker, the photo block and the main photo. */
import { defineArea } from '../message';

export const articlePhotos = defineArea({
  'photoPicker.search': { sv: 'Sök bland bilder', en: 'Search photos' },
  'photoPicker.results': { sv: 'Bilder att välja bland', en: 'Photos to choose from' },
  'photoPicker.import': { sv: 'Importera ny bild…', en: 'Import a new photo…' },
  'photoPicker.importing': { sv: 'Importerar…', en: 'Importing…' },
  'photoPicker.empty': {
    sv: 'Bildbiblioteket är tomt: importera en bild.',
    en: 'The photo library is empty: import a photo.',
  },
  'photoPicker.more': {
    sv: {
      by: 'total',
      one: 'Visar {shown} av {total} bild; sök för att hitta fler.',
      other: 'Visar {shown} av {total} bilder; sök för att hitta fler.',
    },
    en: {
      by: 'total',
      one: 'Showing {shown} of {total} photo; search to find more.',
      other: 'Showing {shown} of {total} photos; search to find more.',
    },
  },

  'photoInsert.title': { sv: 'Infoga bild ur bildbiblioteket', en: 'Insert a photo from the library' },

  'photoDrop.importing': {
    sv: {
      one: 'Importerar {count} bild till bildbiblioteket…',
      other: 'Importerar {count} bilder till bildbiblioteket…',
    },
    en: { one: 'Importing {count} photo into the library…', other: 'Importing {count} photos into the library…' },
  },

  'photoBlock.alt': { sv: 'Alternativtext: {alt}', en: 'Alt text: {alt}' },
  'photoBlock.altMissing': { sv: 'Alternativtext saknas.', en: 'Alt text missing.' },
  'photoBlock.creditMissing': { sv: 'Kredit saknas.', en: 'Credit missing.' },
  'photoBlock.loading': { sv: 'Hämtar bilden ur bildbiblioteket…', en: 'Loading the photo from the library…' },
  'photoBlock.edit': {
    sv: 'Ändra bildtext och kredit i bildbiblioteket',
    en: 'Edit caption and credit in the photo library',
  },
  'photoBlock.replace': { sv: 'Byt bild', en: 'Replace photo' },
  'photoBlock.replaceTitle': { sv: 'Byt bild', en: 'Replace photo' },

  'mainPhoto.heading': { sv: 'Huvudbild', en: 'Main photo' },
  'mainPhoto.none': { sv: 'Ingen huvudbild vald.', en: 'No main photo chosen.' },
  'mainPhoto.choose': { sv: 'Välj huvudbild', en: 'Choose main photo' },
  'mainPhoto.change': { sv: 'Byt huvudbild', en: 'Change main photo' },
  'mainPhoto.remove': { sv: 'Ta bort huvudbild', en: 'Remove main photo' },
  'mainPhoto.pickTitle': { sv: 'Välj huvudbild ur bildbiblioteket', en: 'Choose a main photo from the library' },
  'mainPhoto.edit': {
    sv: 'Ändra huvudbildens kredit i bildbiblioteket',
    en: 'Edit the main photo’s credit in the photo library',
  },
});
