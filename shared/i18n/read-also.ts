/**
 * The words for "Läs även" links that must lead somewhere: the checklist's items, the publish
 * dialog's offer to publish the linked article first, and the outbox's refusals. sv.ts and
 * en.ts take these in.
 */
export const readAlsoSv = {
  'checklist.readAlso.unresolved': '”Läs även”-länken {title} går inte till någon artikel. Välj en artikel ur arkivet eller skriv en adress.',
  'checklist.readAlso.trashed': '”Läs även” leder till ”{title}”, som ligger i papperskorgen. Återställ artikeln eller välj en annan.',
  'checklist.readAlso.unpublished':
    '”Läs även” leder till ”{title}”, som inte är publicerad ännu. Publicera den först, annars kan länken inte följa med.',
  'checklist.readAlso.notOnSite': '”Läs även” leder till ”{title}”, som inte är publicerad på {site}. Publicera den där först.',
  'checklist.readAlso.scheduled':
    '”Läs även” leder till ”{title}”, som publiceras på {site} först {time}. Schemalägg den här artikeln till samma tid eller senare, eller publicera ”{title}” nu.',
  'publishDialog.publishLinked': 'Publicera ”{title}” först',
  'publishDialog.linkedFirst': 'Du publicerar ”{title}” först, så att ”Läs även” i ”{from}” har en adress att leda till.',
  'publishDialog.backToLinking': 'Tillbaka till ”{title}”',
  'error.publish_read_also_unpublished':
    '”Läs även” leder till ”{title}”, som inte är publicerad på {site}. Publicera ”{title}” där först och försök sedan igen.',
  'error.publish_read_also_scheduled':
    '”Läs även” leder till ”{title}”, som publiceras på {site} först {time}. Schemalägg den här artikeln till {time} eller senare, eller publicera ”{title}” nu.',
  'error.publish_read_also_missing':
    '”Läs även” leder till ”{title}”, som inte finns i arkivet längre. Välj en annan artikel i blocket och publicera igen.',
} as const;

export const readAlsoEn: Record<keyof typeof readAlsoSv, string> = {
  'checklist.readAlso.unresolved': 'The “Read also” link {title} leads to no article. Pick an article from the library or type an address.',
  'checklist.readAlso.trashed': '“Read also” leads to “{title}”, which is in the trash. Restore that article or pick another.',
  'checklist.readAlso.unpublished': '“Read also” leads to “{title}”, which is not published yet. Publish it first, or the link cannot go along.',
  'checklist.readAlso.notOnSite': '“Read also” leads to “{title}”, which is not published on {site}. Publish it there first.',
  'checklist.readAlso.scheduled':
    '“Read also” leads to “{title}”, which goes out on {site} only at {time}. Schedule this article for that time or later, or publish “{title}” now.',
  'publishDialog.publishLinked': 'Publish “{title}” first',
  'publishDialog.linkedFirst': 'You are publishing “{title}” first, so that “Read also” in “{from}” has an address to lead to.',
  'publishDialog.backToLinking': 'Back to “{title}”',
  'error.publish_read_also_unpublished':
    '“Read also” leads to “{title}”, which is not published on {site}. Publish “{title}” there first, then try again.',
  'error.publish_read_also_scheduled':
    '“Read also” leads to “{title}”, which goes out on {site} only at {time}. Schedule this article for {time} or later, or publish “{title}” now.',
  'error.publish_read_also_missing': '“Read also” leads to “{title}”, which is no longer in the library. Pick another article in the block and publish again.',
};
