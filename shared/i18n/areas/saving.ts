/** The save status line and the conflict between two windows. */
import { defineArea } from '../message';

export const saving = defineArea({
  'save.saved': { sv: 'Sparat {time}', en: 'Saved {time}' },
  'save.saving': { sv: 'Sparar…', en: 'Saving…' },
  'save.pending': { sv: 'Osparade ändringar', en: 'Unsaved changes' },
  'save.failed': { sv: 'Kunde inte spara', en: 'Could not save' },
  'save.retry': { sv: 'Försök igen', en: 'Try again' },
  'save.conflictTitle': {
    sv: 'Artikeln har ändrats i ett annat fönster',
    en: 'This article was changed in another window',
  },
  'save.conflictBody': {
    sv: 'Din text finns kvar här och har inte skrivits över den andra versionen. Välj vilken version som ska gälla; den andra finns kvar i artikelns historik.',
    en: 'Your text is still here and has not been written over the other version. Choose which version should stand; the other stays in the article’s history.',
  },
  'save.keepMine': { sv: 'Behåll min version', en: 'Keep my version' },
  'save.loadTheirs': { sv: 'Läs in den andra versionen', en: 'Load the other version' },
});
