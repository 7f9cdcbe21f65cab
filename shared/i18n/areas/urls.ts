/** The URL policy: addresses refused on save and import, and in the editor's address fields. */
import { defineArea } from '../message';

export const urls = defineArea({
  'url.linkRefused': {
    sv: 'Bara adresser som börjar med https://, http:// eller mailto: kan bli länkar. Adressen sparas inte förrän den är en sådan.',
    en: 'Only addresses starting with https://, http:// or mailto: can become links. The address is not saved until it is one.',
  },
  'url.photoRefused': {
    sv: 'Bara bilder från https:// eller http:// kan visas. Adressen sparas inte förrän den är en sådan; välj annars en bild ur bildbanken.',
    en: 'Only photos from https:// or http:// can be shown. The address is not saved until it is one; or pick a photo from the photo library.',
  },

  'error.url_not_allowed': {
    sv: 'Adressen ”{url}” i brödtexten kan inte sparas. Länkar och ”Läs även” får bara gå till adresser som börjar med https://, http:// eller mailto:, och bilder får bara komma från bildbanken eller från https:// eller http://. Ändra eller ta bort adressen; ingenting har ändrats.',
    en: 'The address “{url}” in the body cannot be saved. Links and “Read also” may only go to addresses starting with https://, http:// or mailto:, and photos may only come from the photo library or from https:// or http://. Change or remove the address; nothing has been changed.',
  },
  'error.import_url_not_allowed': {
    sv: '”{fileName}” importerades inte: artikeln ”{headline}” har adressen ”{url}”, som Spalt inte tar emot. Länkar får bara gå till https://, http:// eller mailto:, och bilder får bara komma från bildbanken eller från https:// eller http://. Rätta filen och importera den igen; ingen artikel har lagts till.',
    en: '“{fileName}” was not imported: the article “{headline}” has the address “{url}”, which Spalt does not accept. Links may only go to https://, http:// or mailto:, and photos may only come from the photo library or from https:// or http://. Correct the file and import it again; no article has been added.',
  },
});
