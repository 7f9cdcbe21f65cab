/** "Säkerhetskopiera nu" in Inställningar: a copy of the database and the photos while Spalt runs. */
import { defineArea } from '../message';

export const backup = defineArea({
  'backup.heading': { sv: 'Säkerhetskopia', en: 'Backup' },
  'backup.explain': {
    sv: 'Kopierar databasen och alla bilder till en ny mapp under backups i datamappen, medan du arbetar. Kopiera sedan mappen till en annan disk. Applikationslösenorden följer inte med.',
    en: 'Copies the database and every photo into a new folder under backups in the data folder, while you work. Then copy that folder to another disk. The Application Passwords are not included.',
  },
  'backup.now': { sv: 'Säkerhetskopiera nu', en: 'Back up now' },
  'backup.running': { sv: 'Säkerhetskopierar …', en: 'Backing up …' },
  'backup.done': {
    sv: 'Säkerhetskopian är sparad i {folder} ({size}, {photoFiles} bildfiler).',
    en: 'The backup is saved in {folder} ({size}, {photoFiles} photo files).',
  },
  'error.backup_failed': {
    sv: 'Säkerhetskopian kunde inte skrivas ({details}). Kontrollera att det finns ledigt utrymme i datamappen och försök igen; det som redan fanns är orört.',
    en: 'The backup could not be written ({details}). Check that there is free space in the data folder and try again; nothing that was there before was changed.',
  },
});
