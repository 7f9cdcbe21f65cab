/** Export and import of articles as files: interface text and errors. */
import { defineArea } from '../message';

export const exportImport = defineArea({
  'export.select': { sv: 'Välj {title}', en: 'Select {title}' },
  'export.selectAll': { sv: 'Välj alla', en: 'Select all' },
  'export.selectedFirst': {
    sv: {
      one: 'Den senast ändrade artikeln är vald: en export tar högst {count} artikel.',
      other: 'De {count} senast ändrade artiklarna är valda: en export tar högst {count} artiklar.',
    },
    en: {
      one: 'The last changed article is selected: an export takes at most {count} article.',
      other: 'The {count} last changed articles are selected: an export takes at most {count} articles.',
    },
  },
  'export.selectedNewestMatches': {
    sv: {
      one: 'Den nyaste träffen är vald: sökningen hittade fler.',
      other: 'De {count} nyaste träffarna är valda: sökningen hittade fler.',
    },
    en: {
      one: 'The newest match is selected: the search found more.',
      other: 'The {count} newest matches are selected: the search found more.',
    },
  },
  'export.format': { sv: 'Format', en: 'Format' },
  'export.format.html': { sv: 'HTML (för läsning och utskrift)', en: 'HTML (for reading and printing)' },
  'export.format.markdown': { sv: 'Markdown med YAML', en: 'Markdown with YAML' },
  'export.format.json': { sv: 'JSON (kan importeras i Spalt)', en: 'JSON (Spalt can import it)' },
  'export.format.blocks': { sv: 'Kopiera som blockmarkering', en: 'Copy as block markup' },
  'export.progress': { sv: 'Export av artiklar', en: 'Article export' },
  'export.progressText': {
    sv: { one: 'Exporterar {count} artikel …', other: 'Exporterar {count} artiklar …' },
    en: { one: 'Exporting {count} article …', other: 'Exporting {count} articles …' },
  },
  'export.run': {
    sv: { one: 'Exportera valda ({count})', other: 'Exportera valda ({count})' },
    en: { one: 'Export selected ({count})', other: 'Export selected ({count})' },
  },
  'export.copyBlocks': { sv: 'Kopiera blockmarkering', en: 'Copy block markup' },
  'export.done': { sv: '{fileName} är sparad.', en: '{fileName} is saved.' },
  'export.copied': {
    sv: 'Blockmarkeringen för ”{title}” är kopierad. Klistra in den i WordPress kodredigerare.',
    en: 'The block markup of “{title}” is copied. Paste it into WordPress’s code editor.',
  },
  'export.chooseOne': {
    sv: 'Välj en artikel för att kopiera dess blockmarkering.',
    en: 'Select one article to copy its block markup.',
  },
  'export.import': { sv: 'Importera artiklar', en: 'Import articles' },
  'export.imported': {
    sv: {
      one: '{count} artikel importerades från {fileName}.',
      other: '{count} artiklar importerades från {fileName}.',
    },
    en: {
      one: '{count} article was imported from {fileName}.',
      other: '{count} articles were imported from {fileName}.',
    },
  },
  'export.toolbar': { sv: 'Exportera och importera', en: 'Export and import' },

  'error.import_unreadable': {
    sv: '”{fileName}” är ingen artikelexport från Spalt. Välj en JSON-fil som Spalt har exporterat.',
    en: '“{fileName}” is not an article export from Spalt. Choose a JSON file that Spalt exported.',
  },
  'error.export_blocks_one': {
    sv: 'Blockmarkering kan kopieras för en artikel i taget. Markera en artikel och försök igen.',
    en: 'Block markup can be copied for one article at a time. Select one article and try again.',
  },
});
