/** The article library and the trash. */
import { defineArea } from '../message';

export const library = defineArea({
  'library.heading': { sv: 'Artiklar', en: 'Articles' },
  'library.search': { sv: 'Sök i artiklar', en: 'Search articles' },
  'library.searchPlaceholder': {
    sv: 'Sök på rubrik, ingress, text eller byline',
    en: 'Search headline, lead, text or byline',
  },
  'library.new': { sv: 'Ny artikel', en: 'New article' },
  'library.table': { sv: 'Alla artiklar', en: 'All articles' },
  'library.col.kicker': { sv: 'Vinjett', en: 'Kicker' },
  'library.col.headline': { sv: 'Rubrik', en: 'Headline' },
  'library.col.kind': { sv: 'Typ', en: 'Kind' },
  'library.col.status': { sv: 'Status', en: 'Status' },
  'library.col.updated': { sv: 'Senast ändrad', en: 'Last changed' },
  'library.col.actions': { sv: 'Åtgärder', en: 'Actions' },
  'library.trash': { sv: 'Flytta {title} till papperskorgen', en: 'Move {title} to the trash' },
  'library.empty': {
    sv: 'Inga artiklar ännu. Skapa den första med ”Ny artikel”.',
    en: 'No articles yet. Create the first one with “New article”.',
  },
  'library.noResults': { sv: 'Inga artiklar matchar ”{query}”.', en: 'No articles match “{query}”.' },
  'library.count': {
    sv: { one: '{count} artikel', other: '{count} artiklar' },
    en: { one: '{count} article', other: '{count} articles' },
  },
  'library.countNewest': {
    sv: {
      one: 'Fler än {count} träff: den nyaste visas. Lägg till ett ord för att hitta färre.',
      other: 'Fler än {count} träffar: de {count} nyaste visas, nyast först. Lägg till ett ord för att hitta färre.',
    },
    en: {
      one: 'More than {count} match: the newest is shown. Add a word to find fewer.',
      other: 'More than {count} matches: the {count} newest are shown, newest first. Add a word to find fewer.',
    },
  },
  'library.countNewestSorted': {
    sv: {
      one: 'Fler än {count} träff: den nyaste visas. Lägg till ett ord för att hitta färre.',
      other: 'Fler än {count} träffar: de {count} nyaste visas. Lägg till ett ord för att hitta färre.',
    },
    en: {
      one: 'More than {count} match: the newest is shown. Add a word to find fewer.',
      other: 'More than {count} matches: the {count} newest are shown. Add a word to find fewer.',
    },
  },
  'library.untitled': { sv: '(Utan rubrik)', en: '(Untitled)' },
  'library.loadingRow': { sv: 'Hämtar …', en: 'Loading …' },
  'library.movedToTrash': { sv: '”{title}” ligger nu i papperskorgen.', en: '“{title}” is now in the trash.' },
  'library.trashHint': { sv: 'Till papperskorgen (Delete)', en: 'To the trash (Delete)' },
  'library.restoredByUndo': { sv: '”{title}” är tillbaka bland artiklarna.', en: '“{title}” is back among the articles.' },
  'library.filters': { sv: 'Visa', en: 'Show' },
  'library.filter.status': { sv: 'Status', en: 'Status' },
  'library.filter.allStatuses': { sv: 'Alla statusar', en: 'All statuses' },
  'library.filter.kind': { sv: 'Typ', en: 'Kind' },
  'library.filter.allKinds': { sv: 'Alla typer', en: 'All kinds' },
  'library.noneFiltered': {
    sv: 'Inga artiklar passar filtret. Välj ”Alla statusar” och ”Alla typer” för att se alla.',
    en: 'No articles match the filter. Choose “All statuses” and “All kinds” to see them all.',
  },
  'library.keys': {
    sv: 'Enter eller dubbelklick öppnar en artikel, Delete flyttar den till papperskorgen. Klicka på en rubrik för att sortera.',
    en: 'Enter or a double-click opens an article, Delete moves it to the trash. Click a column header to sort.',
  },

  'trash.restoreShort': { sv: 'Återställ', en: 'Restore' },
  'trash.heading': { sv: 'Papperskorg', en: 'Trash' },
  'trash.table': { sv: 'Artiklar i papperskorgen', en: 'Articles in the trash' },
  'trash.col.trashed': { sv: 'Flyttad hit', en: 'Moved here' },
  'trash.restore': { sv: 'Återställ {title}', en: 'Restore {title}' },
  'trash.empty': { sv: 'Töm papperskorgen', en: 'Empty trash' },
  'trash.nothing': { sv: 'Papperskorgen är tom.', en: 'The trash is empty.' },
  'trash.confirmTitle': { sv: 'Töm papperskorgen?', en: 'Empty the trash?' },
  'trash.confirmBody': {
    sv: {
      one: '{count} artikel raderas för alltid. Det går inte att ångra.',
      other: '{count} artiklar raderas för alltid. Det går inte att ångra.',
    },
    en: {
      one: '{count} article will be deleted for good. This cannot be undone.',
      other: '{count} articles will be deleted for good. This cannot be undone.',
    },
  },
  'trash.confirm': { sv: 'Radera för alltid', en: 'Delete for good' },
  'trash.emptied': { sv: 'Papperskorgen är tömd.', en: 'The trash has been emptied.' },
  'trash.restored': { sv: '”{title}” är återställd.', en: '“{title}” has been restored.' },
});
