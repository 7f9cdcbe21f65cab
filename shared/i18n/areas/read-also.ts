/**
 * The words for "Läs även" links that must lead somewhere: the checklist's items, the publish
 * dialog's offer to publish the linked article first, and the outbox's refusals.
 */
import { defineArea } from '../message';

export const readAlso = defineArea({
  'checklist.rule.readAlso.unresolved': {
    sv: '”Läs även”-länken {title} går inte till någon artikel. Välj en artikel ur arkivet eller skriv en adress.',
    en: 'The “Read also” link {title} leads to no article. Pick an article from the library or type an address.',
  },
  'checklist.rule.readAlso.trashed': {
    sv: '”Läs även” leder till ”{title}”, som ligger i papperskorgen. Återställ artikeln eller välj en annan.',
    en: '“Read also” leads to “{title}”, which is in the trash. Restore that article or pick another.',
  },
  'checklist.rule.readAlso.unpublished': {
    sv: '”Läs även” leder till ”{title}”, som inte är publicerad ännu. Publicera den först, annars kan länken inte följa med.',
    en: '“Read also” leads to “{title}”, which is not published yet. Publish it first, or the link cannot go along.',
  },
  'checklist.rule.readAlso.notOnSite': {
    sv: '”Läs även” leder till ”{title}”, som inte är publicerad på {site}. Publicera den där först.',
    en: '“Read also” leads to “{title}”, which is not published on {site}. Publish it there first.',
  },
  'checklist.rule.readAlso.scheduled': {
    sv: '”Läs även” leder till ”{title}”, som publiceras på {site} först {time}. Schemalägg den här artikeln till samma tid eller senare, eller publicera ”{title}” nu.',
    en: '“Read also” leads to “{title}”, which goes out on {site} only at {time}. Schedule this article for that time or later, or publish “{title}” now.',
  },

  'publishDialog.publishLinked': { sv: 'Publicera ”{title}” först', en: 'Publish “{title}” first' },
  'publishDialog.linkedFirst': {
    sv: 'Du publicerar ”{title}” först, så att ”Läs även” i ”{from}” har en adress att leda till.',
    en: 'You are publishing “{title}” first, so that “Read also” in “{from}” has an address to lead to.',
  },
  'publishDialog.backToLinking': { sv: 'Tillbaka till ”{title}”', en: 'Back to “{title}”' },

  'error.publish_read_also_unpublished': {
    sv: '”Läs även” leder till ”{title}”, som inte är publicerad på {site}. Publicera ”{title}” där först och försök sedan igen.',
    en: '“Read also” leads to “{title}”, which is not published on {site}. Publish “{title}” there first, then try again.',
  },
  'error.publish_read_also_scheduled': {
    sv: '”Läs även” leder till ”{title}”, som publiceras på {site} först {time}. Schemalägg den här artikeln till {time} eller senare, eller publicera ”{title}” nu.',
    en: '“Read also” leads to “{title}”, which goes out on {site} only at {time}. Schedule this article for {time} or later, or publish “{title}” now.',
  },
  'error.publish_read_also_missing': {
    sv: '”Läs även” leder till ”{title}”, som inte finns i arkivet längre. Välj en annan artikel i blocket och publicera igen.',
    en: '“Read also” leads to “{title}”, which is no longer in the library. Pick another article in the block and publish again.',
  },
});
