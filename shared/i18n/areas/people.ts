/** The people registry. */
import { defineArea } from '../message';

export const people = defineArea({
  'people.heading': { sv: 'Personer', en: 'People' },
  'people.table': { sv: 'Redaktionens personer', en: 'The newsroom’s people' },
  'people.name': { sv: 'Namn', en: 'Name' },
  'people.kind': { sv: 'Typ', en: 'Kind' },
  'people.title': { sv: 'Titel', en: 'Title' },
  'people.add': { sv: 'Lägg till person', en: 'Add person' },
  'people.save': { sv: 'Spara', en: 'Save' },
  'people.remove': { sv: 'Ta bort {name}', en: 'Remove {name}' },
  'people.empty': { sv: 'Inga personer ännu.', en: 'No people yet.' },
  'people.saved': { sv: '{name} är sparad.', en: '{name} is saved.' },
  'people.removed': { sv: '{name} är borttagen ur personregistret.', en: '{name} has been removed from the people registry.' },
  'people.restored': { sv: '{name} är tillbaka i personregistret.', en: '{name} is back in the people registry.' },
  'people.keys': {
    sv: 'Delete tar bort personen på raden. Klicka på en rubrik för att sortera.',
    en: 'Delete removes the person on the row. Click a column header to sort.',
  },
  'people.kind.reporter': { sv: 'Reporter', en: 'Reporter' },
  'people.kind.photographer': { sv: 'Fotograf', en: 'Photographer' },
  'people.kind.editor': { sv: 'Redaktör', en: 'Editor' },
  'people.kind.outside': { sv: 'Extern skribent', en: 'Outside writer' },
});
