/**
 * The body editor: the toolbar, the insert menu, the newsroom blocks' fields and the link
 * dialog.
 */
import { defineArea } from '../message';

export const editor = defineArea({
  'toolbar.label': { sv: 'Formatering', en: 'Formatting' },
  'toolbar.paragraph': { sv: 'Brödtext', en: 'Body text' },
  'toolbar.h2': { sv: 'Mellanrubrik (H2)', en: 'Subheading (H2)' },
  'toolbar.h3': { sv: 'Underrubrik (H3)', en: 'Minor heading (H3)' },
  'toolbar.bold': { sv: 'Fetstil', en: 'Bold' },
  'toolbar.italic': { sv: 'Kursiv', en: 'Italic' },
  'toolbar.underline': { sv: 'Understrykning', en: 'Underline' },
  'toolbar.link': { sv: 'Länk', en: 'Link' },
  'toolbar.removeLink': { sv: 'Ta bort länk', en: 'Remove link' },
  'toolbar.bulletList': { sv: 'Punktlista', en: 'Bulleted list' },
  'toolbar.numberedList': { sv: 'Numrerad lista', en: 'Numbered list' },
  'toolbar.quote': { sv: 'Citat', en: 'Quote' },
  'toolbar.undo': { sv: 'Ångra', en: 'Undo' },
  'toolbar.redo': { sv: 'Gör om', en: 'Redo' },

  'insert.menu': { sv: 'Infoga', en: 'Insert' },
  'insert.menuLabel': { sv: 'Infoga block', en: 'Insert block' },
  'insert.slashLabel': { sv: 'Block att infoga', en: 'Blocks to insert' },
  'insert.noMatch': { sv: 'Inget block heter så.', en: 'No block by that name.' },
  'insert.pullQuote': { sv: 'Citatpuff', en: 'Pull quote' },
  'insert.question': { sv: 'Intervjufråga', en: 'Interview question' },
  'insert.liveUpdate': { sv: 'Uppdatering', en: 'Update' },
  'insert.readAlso': { sv: 'Läs även', en: 'Read also' },
  'insert.adSlot': { sv: 'Annonsplats', en: 'Ad slot' },
  'insert.factBox': { sv: 'Faktaruta', en: 'Fact box' },
  'insert.signature': { sv: 'Signatur', en: 'Signature' },
  'insert.separator': { sv: 'Avdelare', en: 'Separator' },
  'insert.photo': { sv: 'Bild', en: 'Photo' },

  'block.pullQuote.text': { sv: 'Citattext', en: 'Quote text' },
  'block.pullQuote.attribution': { sv: 'Citerad person', en: 'Quoted person' },
  'block.signature.name': { sv: 'Undertecknarens namn {number}', en: 'Signer name {number}' },
  'block.signature.title': { sv: 'Undertecknarens titel {number}', en: 'Signer title {number}' },
  'block.signature.add': { sv: 'Lägg till undertecknare', en: 'Add signer' },
  'block.signature.remove': { sv: 'Ta bort undertecknare {number}', en: 'Remove signer {number}' },
  'block.readAlso.title': { sv: 'Länktext för Läs även', en: 'Link text for Read also' },
  'block.readAlso.url': { sv: 'Länk (URL) för Läs även', en: 'Link (URL) for Read also' },
  'block.readAlso.pick': { sv: 'Välj artikel för Läs även', en: 'Pick an article for Read also' },
  'block.readAlso.pickNone': { sv: 'Välj ur arkivet …', en: 'Pick from the library …' },
  'block.adSlot': { sv: 'Annons', en: 'Ad' },
  'block.factBox.heading': { sv: 'Faktarutans titel', en: 'Fact box title' },
  'block.factBox.items': { sv: 'Faktarutans punkter, en per rad', en: 'Fact box points, one per line' },
  'block.photo.src': { sv: 'Bildens URL (http, https)', en: 'Photo URL (http, https)' },
  'block.photo.alt': { sv: 'Alternativtext', en: 'Alt text' },
  'block.photo.caption': { sv: 'Bildtext', en: 'Caption' },
  'block.photo.credit': { sv: 'Fotokredit', en: 'Photo credit' },
  'block.photo.library': { sv: 'Bild ur bildbanken: {id}', en: 'Photo from the library: {id}' },
  'block.liveUpdate.heading': { sv: 'Uppdatering {time}', en: 'Update {time}' },
  'block.liveUpdate.time': { sv: 'Tid för uppdateringen', en: 'Time of the update' },
  'block.raw.label': {
    sv: 'WordPress-block som Spalt inte känner till. Det behålls som det är och kan inte redigeras här.',
    en: 'A WordPress block Spalt does not know. It is kept as it is and cannot be edited here.',
  },

  'link.title': { sv: 'Infoga länk', en: 'Insert link' },
  'link.url': { sv: 'Adress', en: 'Address' },
  'link.apply': { sv: 'Infoga länk', en: 'Insert link' },
  'link.invalid': {
    sv: 'Länken kan inte användas. Bara adresser som börjar med http://, https:// eller mailto: är tillåtna – skriv hela adressen, till exempel https://exempel.se.',
    en: 'This link cannot be used. Only addresses starting with http://, https:// or mailto: are allowed – type the whole address, for example https://example.com.',
  },
});
