/**
 * The photo library (Bilder): importing, the grid and its filters, a photo's details and
 * warnings, and why an import was refused.
 */
import { defineArea } from '../message';

export const photoLibrary = defineArea({
  'error.photo_not_found': {
    sv: 'Bilden finns inte längre i bildbiblioteket.',
    en: 'The photo is no longer in the photo library.',
  },
  'error.photo_empty': {
    sv: '”{fileName}” är tom (0 byte). Välj bildfilen igen, eller hämta den på nytt.',
    en: '“{fileName}” is empty (0 bytes). Choose the image file again, or download it again.',
  },
  'error.photo_unsupported': {
    sv: '”{fileName}” är ingen bild som Spalt kan läsa. Använd JPEG, PNG, WebP eller GIF.',
    en: '“{fileName}” is not an image Spalt can read. Use JPEG, PNG, WebP or GIF.',
  },
  'error.photo_damaged': {
    sv: '”{fileName}” är skadad eller ofullständig och kunde inte läsas. Hämta eller exportera bilden på nytt.',
    en: '“{fileName}” is damaged or incomplete and could not be read. Download or export the image again.',
  },
  'error.photo_too_large': {
    sv: '”{fileName}” är för stor ({size}). Största tillåtna filstorlek är {max}; exportera en mindre version.',
    en: '“{fileName}” is too large ({size}). The largest file allowed is {max}; export a smaller version.',
  },
  'error.photo_too_many_pixels': {
    sv: '”{fileName}” har för många bildpunkter ({pixels} megapixel, högst {max}). Förminska bilden och importera igen.',
    en: '“{fileName}” has too many pixels ({pixels} megapixels, at most {max}). Make the image smaller and import it again.',
  },

  'photo.noCredit': { sv: 'kredit saknas', en: 'credit missing' },
  'photo.problem.missing_credit': { sv: 'Saknar kredit', en: 'No credit' },
  'photo.problem.missing_alt': { sv: 'Saknar alt-text', en: 'No alt text' },
  'photo.problem.alt_is_file_name': { sv: 'Alt-texten är ett filnamn', en: 'Alt text is a file name' },
  'photo.problem.licence_expired': { sv: 'Licensen har gått ut', en: 'Licence expired' },
  'photo.problem.one_time_used': { sv: 'Engångslicensen är förbrukad', en: 'One-time licence spent' },
  'photo.problem.one_time_shared': { sv: 'Engångslicens i flera artiklar', en: 'One-time licence in several articles' },

  'photoLibrary.import': { sv: 'Importera bilder', en: 'Import photos' },
  'photoLibrary.dropHint': {
    sv: 'Dra in bildfiler var som helst här, eller klistra in en bild med Ctrl+V. JPEG, PNG, WebP och GIF.',
    en: 'Drop image files anywhere here, or paste an image with Ctrl+V. JPEG, PNG, WebP and GIF.',
  },
  'photoLibrary.dropHere': { sv: 'Släpp bilderna för att importera dem', en: 'Drop the photos to import them' },
  'photoLibrary.search': { sv: 'Sök bland bilder', en: 'Search photos' },
  'photoLibrary.searchPlaceholder': {
    sv: 'Sök på bildtext, kredit eller fotograf',
    en: 'Search caption, credit or photographer',
  },
  'photoLibrary.creditType': { sv: 'Visa kredittyp', en: 'Show credit type' },
  'photoLibrary.allTypes': { sv: 'Alla typer', en: 'All types' },
  'photoLibrary.noType': { sv: 'Utan kredittyp', en: 'No credit type' },
  'photoLibrary.missing': { sv: 'Saknar kredit eller alt-text', en: 'Missing credit or alt text' },
  'photoLibrary.count': {
    sv: { one: '{count} bild', other: '{count} bilder' },
    en: { one: '{count} photo', other: '{count} photos' },
  },
  'photoLibrary.grid': { sv: 'Bilder i biblioteket', en: 'Photos in the library' },
  'photoLibrary.empty': {
    sv: 'Inga bilder ännu. Importera den första med ”Importera bilder” eller dra in en bildfil.',
    en: 'No photos yet. Import the first with “Import photos” or drop an image file here.',
  },
  'photoLibrary.noResults': { sv: 'Inga bilder matchar ”{query}”.', en: 'No photos match “{query}”.' },
  'photoLibrary.noneMatch': { sv: 'Inga bilder matchar filtret.', en: 'No photos match the filter.' },
  'photoLibrary.noneSelected': {
    sv: 'Välj en bild för att se och ändra dess kredit.',
    en: 'Choose a photo to see and edit its credit.',
  },
  'photoLibrary.detail': { sv: 'Vald bild', en: 'Selected photo' },
  'photoLibrary.loadingPhoto': { sv: 'Hämtar bilden…', en: 'Loading the photo…' },

  'import.heading': { sv: 'Import', en: 'Import' },
  'import.waiting': { sv: 'Väntar', en: 'Waiting' },
  'import.importing': { sv: 'Importerar…', en: 'Importing…' },
  'import.imported': { sv: 'Importerad', en: 'Imported' },
  'import.duplicate': { sv: 'Bilden finns redan i biblioteket', en: 'The photo is already in the library' },
  'import.show': { sv: 'Visa {fileName}', en: 'Show {fileName}' },
  'import.clear': { sv: 'Rensa listan', en: 'Clear the list' },
  'import.progress': { sv: 'Import av bilder', en: 'Photo import' },
  'import.progressText': {
    sv: { one: '{done} av {count} bild klar', other: '{done} av {count} bilder klara' },
    en: { one: '{done} of {count} photo done', other: '{done} of {count} photos done' },
  },

  'photoDetail.file': { sv: 'Filen', en: 'The file' },
  'photoDetail.fileName': { sv: 'Filnamn', en: 'File name' },
  'photoDetail.dimensions': { sv: 'Storlek', en: 'Size' },
  'photoDetail.bytes': { sv: 'Filstorlek', en: 'File size' },
  'photoDetail.imported': { sv: 'Importerad', en: 'Imported' },
  'photoDetail.taken': { sv: 'Tagen', en: 'Taken' },
  'photoDetail.unknown': { sv: 'Okänt', en: 'Unknown' },
  'photoDetail.from': { sv: 'Från {field}', en: 'From {field}' },
  'photoDetail.gps': { sv: 'GPS-position', en: 'GPS position' },
  'photoDetail.gpsYes': {
    sv: 'Finns i originalfilen; tas bort ur allt som lämnar datorn',
    en: 'In the original file; removed from everything that leaves this computer',
  },
  'photoDetail.gpsNo': { sv: 'Nej', en: 'No' },
  'photoDetail.renditions': { sv: 'Versioner', en: 'Renditions' },
  'photoDetail.rendition.web': { sv: 'webb {size}', en: 'web {size}' },
  'photoDetail.rendition.thumb': { sv: 'miniatyr {size}', en: 'thumbnail {size}' },
  'photoDetail.embedded': { sv: 'Uppgifter inbäddade i filen', en: 'Metadata embedded in the file' },
  'photoDetail.noEmbedded': {
    sv: 'Filen bär inga uppgifter om bildtext, kredit eller upphovsrätt.',
    en: 'The file carries no caption, credit or copyright metadata.',
  },
  'photoDetail.field': { sv: 'Fält', en: 'Field' },
  'photoDetail.value': { sv: 'Värde', en: 'Value' },
  'photoDetail.warnings': { sv: 'Varningar', en: 'Warnings' },
  'photoDetail.warning.expired': {
    sv: 'Licensen gick ut {date}. Bilden får inte publiceras igen.',
    en: 'The licence expired on {date}. The photo may not be published again.',
  },
  'photoDetail.warning.oneTimeUsed': {
    sv: 'Licensen gäller en enda publicering, och bilden är redan publicerad. Den får inte publiceras med någon annan artikel.',
    en: 'The licence allows one publication, and the photo is already published. It may not go out with any other article.',
  },
  'photoDetail.warning.oneTimeShared': {
    sv: {
      one: 'Licensen gäller en enda publicering, men bilden används i {count} artikel. Bara den som publiceras först får ha den.',
      other: 'Licensen gäller en enda publicering, men bilden används i {count} artiklar. Bara den som publiceras först får ha den.',
    },
    en: {
      one: 'The licence allows one publication, but the photo is used in {count} article. Only the one published first may keep it.',
      other: 'The licence allows one publication, but the photo is used in {count} articles. Only the one published first may keep it.',
    },
  },
  'photoDetail.warning.republish': {
    sv: {
      one: 'Krediten har ändrats sedan publiceringen: publicera om {count} artikel.',
      other: 'Krediten har ändrats sedan publiceringen: publicera om {count} artiklar.',
    },
    en: {
      one: 'The credit changed after publishing: republish {count} article.',
      other: 'The credit changed after publishing: republish {count} articles.',
    },
  },
  'photoDetail.uses': { sv: 'Används i', en: 'Used in' },
  'photoDetail.unused': {
    sv: 'Bilden används inte i någon artikel ännu.',
    en: 'The photo is not used in any article yet.',
  },
  'photoDetail.role.main': { sv: 'huvudbild', en: 'main photo' },
  'photoDetail.role.body': { sv: 'i brödtexten', en: 'in the body' },
  'photoDetail.trashed': { sv: 'i papperskorgen', en: 'in the trash' },
  'photoDetail.republish': { sv: 'Publicera om', en: 'Republish' },
});
