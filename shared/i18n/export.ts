/** Export and import of articles as files: interface text and errors. sv.ts and en.ts take these in. */
import type { Message } from './plural';

export const exportSv = {
  'export.select': 'Välj {title}',
  'export.selectAll': 'Välj alla',
  'export.format': 'Format',
  'export.format.html': 'HTML (för läsning och utskrift)',
  'export.format.markdown': 'Markdown med YAML',
  'export.format.json': 'JSON (kan importeras i Spalt)',
  'export.format.blocks': 'Kopiera som blockmarkering',
  'export.run': { one: 'Exportera valda ({count})', other: 'Exportera valda ({count})' },
  'export.copyBlocks': 'Kopiera blockmarkering',
  'export.done': '{fileName} är sparad.',
  'export.copied': 'Blockmarkeringen för ”{title}” är kopierad. Klistra in den i WordPress kodredigerare.',
  'export.chooseOne': 'Välj en artikel för att kopiera dess blockmarkering.',
  'export.import': 'Importera artiklar',
  'export.imported': {
    one: '{count} artikel importerades från {fileName}.',
    other: '{count} artiklar importerades från {fileName}.',
  },
  'export.toolbar': 'Exportera och importera',
  'error.import_unreadable':
    '”{fileName}” är ingen artikelexport från Spalt. Välj en JSON-fil som Spalt har exporterat.',
  'error.export_blocks_one':
    'Blockmarkering kan kopieras för en artikel i taget. Markera en artikel och försök igen.',
} as const;

export const exportEn: Record<keyof typeof exportSv, Message> = {
  'export.select': 'Select {title}',
  'export.selectAll': 'Select all',
  'export.format': 'Format',
  'export.format.html': 'HTML (for reading and printing)',
  'export.format.markdown': 'Markdown with YAML',
  'export.format.json': 'JSON (Spalt can import it)',
  'export.format.blocks': 'Copy as block markup',
  'export.run': { one: 'Export selected ({count})', other: 'Export selected ({count})' },
  'export.copyBlocks': 'Copy block markup',
  'export.done': '{fileName} is saved.',
  'export.copied': 'The block markup of “{title}” is copied. Paste it into WordPress’s code editor.',
  'export.chooseOne': 'Select one article to copy its block markup.',
  'export.import': 'Import articles',
  'export.imported': {
    one: '{count} article was imported from {fileName}.',
    other: '{count} articles were imported from {fileName}.',
  },
  'export.toolbar': 'Export and import',
  'error.import_unreadable': '“{fileName}” is not an article export from Spalt. Choose a JSON file that Spalt exported.',
  'error.export_blocks_one': 'Block markup can be copied for one article at a time. Select one article and try again.',
};
