/**
 * The application's frame: its name, the main menu, the desktop menus, words shared by every
 * view, the languages, and a failed start.
 */
import { defineArea } from '../message';

export const app = defineArea({
  'app.name': { sv: 'Spalt', en: 'Spalt' },

  'nav.main': { sv: 'Huvudmeny', en: 'Main menu' },
  'nav.library': { sv: 'Artiklar', en: 'Articles' },
  'nav.trash': { sv: 'Papperskorg', en: 'Trash' },
  'nav.people': { sv: 'Personer', en: 'People' },
  'nav.photos': { sv: 'Bilder', en: 'Photos' },
  'nav.sites': { sv: 'Webbplatser', en: 'Sites' },
  'nav.outbox': { sv: 'Publiceringskö', en: 'Publishing queue' },
  'nav.settings': { sv: 'Inställningar', en: 'Settings' },

  'common.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'common.close': { sv: 'Stäng', en: 'Close' },
  'common.undo': { sv: 'Ångra', en: 'Undo' },

  'language.sv': { sv: 'Svenska', en: 'Svenska' },
  'language.en': { sv: 'English', en: 'English' },

  'menu.file': { sv: 'Arkiv', en: 'File' },
  'menu.edit': { sv: 'Redigera', en: 'Edit' },
  'menu.view': { sv: 'Visa', en: 'View' },
  'menu.window': { sv: 'Fönster', en: 'Window' },
  'menu.help': { sv: 'Hjälp', en: 'Help' },
  'menu.undo': { sv: 'Ångra', en: 'Undo' },
  'menu.redo': { sv: 'Gör om', en: 'Redo' },
  'menu.cut': { sv: 'Klipp ut', en: 'Cut' },
  'menu.copy': { sv: 'Kopiera', en: 'Copy' },
  'menu.paste': { sv: 'Klistra in', en: 'Paste' },
  'menu.selectAll': { sv: 'Markera allt', en: 'Select All' },
  'menu.reload': { sv: 'Läs in igen', en: 'Reload' },
  'menu.devTools': { sv: 'Utvecklarverktyg', en: 'Developer Tools' },
  'menu.fullScreen': { sv: 'Helskärm', en: 'Full Screen' },
  'menu.minimize': { sv: 'Minimera', en: 'Minimize' },
  'menu.close': { sv: 'Stäng fönstret', en: 'Close Window' },
  'menu.quit': { sv: 'Avsluta Spalt', en: 'Quit Spalt' },
  'menu.hide': { sv: 'Göm Spalt', en: 'Hide Spalt' },
  'menu.about': { sv: 'Om Spalt', en: 'About Spalt' },
  'menu.newArticle': { sv: 'Ny artikel', en: 'New Article' },
  'menu.importPhotos': { sv: 'Importera bilder…', en: 'Import Photos…' },
  'menu.publish': { sv: 'Publicera…', en: 'Publish…' },
  'menu.search': { sv: 'Sök', en: 'Search' },
  'menu.settings': { sv: 'Inställningar', en: 'Settings' },
  'menu.zoomIn': { sv: 'Zooma in', en: 'Zoom In' },
  'menu.zoomOut': { sv: 'Zooma ut', en: 'Zoom Out' },
  'menu.resetZoom': { sv: 'Återställ zoom', en: 'Actual Size' },
  'menu.showDataFolder': { sv: 'Visa datamappen', en: 'Show Data Folder' },
  'menu.showLogFile': { sv: 'Visa loggfilen', en: 'Show Log File' },
  'menu.manual': { sv: 'Spalts handbok', en: 'Spalt Manual' },
  'dateField.placeholder.date': { sv: 'ÅÅÅÅ-MM-DD', en: 'YYYY-MM-DD' },
  'dateField.placeholder.time': { sv: 'TT:MM', en: 'HH:MM' },
  'dateField.placeholder.datetime': { sv: 'ÅÅÅÅ-MM-DD TT:MM', en: 'YYYY-MM-DD HH:MM' },
  'dateField.unreadable.date': {
    sv: '”{text}” är inget datum. Skriv år-månad-dag, till exempel 2026-12-07.',
    en: '“{text}” is not a date. Write year-month-day, for example 2026-12-07.',
  },
  'dateField.unreadable.time': {
    sv: '”{text}” är ingen tid. Skriv timmar och minuter med 24-timmarsklocka, till exempel 05:00 eller 17:30.',
    en: '“{text}” is not a time. Write hours and minutes on the 24-hour clock, for example 05:00 or 17:30.',
  },
  'dateField.unreadable.datetime': {
    sv: '”{text}” är inget datum med tid. Skriv år-månad-dag och tid med 24-timmarsklocka, till exempel 2026-12-07 05:00.',
    en: '“{text}” is not a date and time. Write year-month-day and the time on the 24-hour clock, for example 2026-12-07 05:00.',
  },
  'commands.publishNeedsArticle': {
    sv: 'Öppna artikeln du vill publicera och välj Publicera… igen.',
    en: 'Open the article you want to publish and choose Publish… again.',
  },

  'startup.failedTitle': { sv: 'Spalt kan inte starta', en: 'Spalt cannot start' },
  'startup.failed': { sv: 'Spalt kunde inte starta: {details}', en: 'Spalt could not start: {details}' },
});
