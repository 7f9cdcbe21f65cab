/** A damaged database and its recovery: interface text and errors. */
import { defineArea } from '../message';

export const database = defineArea({
  'database.damagedTitle': { sv: 'Databasen är skadad', en: 'The database is damaged' },
  'database.damagedBody': {
    sv: 'Spalt har hittat skador i databasfilen {file} och sparar inget mer i den, så att det som går att läsa inte förstörs. Det som går att läsa kan du fortfarande öppna och exportera. Text du skriver nu sparas inte: kopiera den till ett annat program.',
    en: 'Spalt has found damage in the database file {file} and saves nothing more to it, so that what can still be read is not destroyed. What can be read you can still open and export. Text you type now is not saved: copy it to another program.',
  },
  'database.recoverHint': {
    sv: 'Rädda det som går att läsa till en ny fil bredvid den skadade. Den skadade filen lämnas precis som den är. Har du en säkerhetskopia kan du i stället lägga tillbaka den.',
    en: 'Recover what can be read into a new file beside the damaged one. The damaged file is left exactly as it is. If you have a backup, you can put that back instead.',
  },
  'database.recover': { sv: 'Rädda till en ny fil', en: 'Recover into a new file' },
  'database.recovering': { sv: 'Räddar det som går att läsa…', en: 'Recovering what can be read…' },
  'database.recovered': {
    sv: {
      by: 'articles',
      one: '{articles} artikel är räddad till {file}. Den skadade filen är orörd.',
      other: '{articles} artiklar är räddade till {file}. Den skadade filen är orörd.',
    },
    en: {
      by: 'articles',
      one: '{articles} article is recovered into {file}. The damaged file is untouched.',
      other: '{articles} articles are recovered into {file}. The damaged file is untouched.',
    },
  },
  'database.recoveredTable': { sv: 'Räddat per tabell', en: 'Recovered per table' },
  'database.col.table': { sv: 'Tabell', en: 'Table' },
  'database.col.recovered': { sv: 'Räddade rader', en: 'Rows recovered' },
  'database.col.unreadable': { sv: 'Oläsbara rader', en: 'Rows unreadable' },
  'database.switchTitle': { sv: 'Så byter du till den räddade filen', en: 'How to switch to the recovered file' },
  'database.switch1': { sv: 'Avsluta Spalt.', en: 'Quit Spalt.' },
  'database.switch2': {
    sv: 'Flytta undan {damaged} och filerna som slutar på -wal och -shm bredvid den (spara dem tills vidare).',
    en: 'Move {damaged} and the files ending in -wal and -shm beside it out of the way (keep them for now).',
  },
  'database.switch3': { sv: 'Döp om {fileName} till spalt.sqlite.', en: 'Rename {fileName} to spalt.sqlite.' },
  'database.switch4': { sv: 'Starta Spalt igen.', en: 'Start Spalt again.' },
  'database.consoleDamaged': {
    sv: 'Varning: databasen {file} är skadad. Spalt sparar inget i den och erbjuder i fönstret att rädda det som går att läsa till en ny fil.',
    en: 'Warning: the database {file} is damaged. Spalt saves nothing to it and offers, in the window, to recover what can be read into a new file.',
  },

  'error.database_damaged': {
    sv: 'Databasen {file} är skadad, och Spalt sparar inget mer i den. Rädda det som går att läsa med ”Rädda till en ny fil” högst upp i fönstret, eller lägg tillbaka en säkerhetskopia.',
    en: 'The database {file} is damaged, and Spalt saves nothing more to it. Recover what can be read with "Recover into a new file" at the top of the window, or put back a backup.',
  },
  'error.database_recovery_failed': {
    sv: 'Räddningen till en ny fil misslyckades ({details}). Den skadade filen är orörd. Kontrollera att det finns ledigt utrymme i mappen och försök igen.',
    en: 'Recovering into a new file failed ({details}). The damaged file is untouched. Check that there is free space in the folder and try again.',
  },
});
