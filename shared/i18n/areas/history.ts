/** Historik: an article's kept revisions, the difference between two, and restoring one. */
import { defineArea } from '../message';

export const history = defineArea({
  'error.revision_not_found': {
    sv: 'Version {revision} finns inte i artikelns historik. Öppna Historik igen och välj en version i listan.',
    en: 'Revision {revision} is not in the article’s history. Open History again and choose a revision from the list.',
  },
  'error.revision_restore_stale': {
    sv: 'Artikeln har sparats igen (version {current}) sedan du öppnade historiken (version {base}). Ingenting har återställts. Titta på ändringarna igen och återställ sedan.',
    en: 'The article was saved again (revision {current}) since you opened the history (revision {base}). Nothing was restored. Look at the changes again, then restore.',
  },
});
