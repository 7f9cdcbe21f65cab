/** A damaged database and its recovery: interface text and errors. sv.ts and en.ts take these in. */
import type { Message } from './plural';

export const databaseSv = {
  'database.damagedTitle': 'Databasen är skadad',
  'database.damagedBody':
    'Spalt har hittat skador i databasfilen {file} och sparar inget mer i den, så att det som går att läsa inte förstörs. Det som går att läsa kan du fortfarande öppna och exportera. Text du skriver nu sparas inte: kopiera den till ett annat program.',
  'database.recoverHint':
    'Rädda det som går att läsa till en ny fil bredvid den skadade. Den skadade filen lämnas precis som den är. Har du en säkerhetskopia kan du i stället lägga tillbaka den.',
  'database.recover': 'Rädda till en ny fil',
  'database.recovering': 'Räddar det som går att läsa…',
  'database.recovered': {
    one: '{count} artikel är räddad till {file}. Den skadade filen är orörd.',
    other: '{count} artiklar är räddade till {file}. Den skadade filen är orörd.',
  },
  'database.recoveredTable': 'Räddat per tabell',
  'database.col.table': 'Tabell',
  'database.col.recovered': 'Räddade rader',
  'database.col.unreadable': 'Oläsbara rader',
  'database.switchTitle': 'Så byter du till den räddade filen',
  'database.switch1': 'Avsluta Spalt.',
  'database.switch2': 'Flytta undan {file} och filerna som slutar på -wal och -shm bredvid den (spara dem tills vidare).',
  'database.switch3': 'Döp om {fileName} till spalt.sqlite.',
  'database.switch4': 'Starta Spalt igen.',
  'database.consoleDamaged':
    'Varning: databasen {file} är skadad. Spalt sparar inget i den och erbjuder i fönstret att rädda det som går att läsa till en ny fil.',
  'error.database_damaged':
    'Databasen {file} är skadad, och Spalt sparar inget mer i den. Rädda det som går att läsa med ”Rädda till en ny fil” högst upp i fönstret, eller lägg tillbaka en säkerhetskopia.',
  'error.database_recovery_failed':
    'Räddningen till en ny fil misslyckades ({details}). Den skadade filen är orörd. Kontrollera att det finns ledigt utrymme i mappen och försök igen.',
} as const;

export const databaseEn: Record<keyof typeof databaseSv, Message> = {
  'database.damagedTitle': 'The database is damaged',
  'database.damagedBody':
    'Spalt has found damage in the database file {file} and saves nothing more to it, so that what can still be read is not destroyed. What can be read you can still open and export. Text you type now is not saved: copy it to another program.',
  'database.recoverHint':
    'Recover what can be read into a new file beside the damaged one. The damaged file is left exactly as it is. If you have a backup, you can put that back instead.',
  'database.recover': 'Recover into a new file',
  'database.recovering': 'Recovering what can be read…',
  'database.recovered': {
    one: '{count} article is recovered into {file}. The damaged file is untouched.',
    other: '{count} articles are recovered into {file}. The damaged file is untouched.',
  },
  'database.recoveredTable': 'Recovered per table',
  'database.col.table': 'Table',
  'database.col.recovered': 'Rows recovered',
  'database.col.unreadable': 'Rows unreadable',
  'database.switchTitle': 'How to switch to the recovered file',
  'database.switch1': 'Quit Spalt.',
  'database.switch2': 'Move {file} and the files ending in -wal and -shm beside it out of the way (keep them for now).',
  'database.switch3': 'Rename {fileName} to spalt.sqlite.',
  'database.switch4': 'Start Spalt again.',
  'database.consoleDamaged':
    'Warning: the database {file} is damaged. Spalt saves nothing to it and offers, in the window, to recover what can be read into a new file.',
  'error.database_damaged':
    'The database {file} is damaged, and Spalt saves nothing more to it. Recover what can be read with "Recover into a new file" at the top of the window, or put back a backup.',
  'error.database_recovery_failed':
    'Recovering into a new file failed ({details}). The damaged file is untouched. Check that there is free space in the folder and try again.',
};
