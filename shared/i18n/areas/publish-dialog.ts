/** The publish dialog, its progress and the comparison with a post changed on the site. */
import { defineArea } from '../message';

export const publishDialog = defineArea({
  'publishDialog.open': { sv: 'Publicera', en: 'Publish' },
  'publishDialog.title': { sv: 'Publicera', en: 'Publish' },
  'publishDialog.close': { sv: 'Stäng', en: 'Close' },
  'publishDialog.loading': {
    sv: 'Hämtar webbplatsens kategorier och taggar …',
    en: 'Fetching the site’s categories and tags …',
  },
  'publishDialog.noSites': {
    sv: 'Det finns ingen webbplats att publicera till ännu.',
    en: 'There is no site to publish to yet.',
  },
  'publishDialog.addSite': { sv: 'Lägg till en webbplats', en: 'Add a site' },
  'publishDialog.site': { sv: 'Webbplats', en: 'Site' },
  'publishDialog.siteOnly': { sv: 'Webbplats: {site}', en: 'Site: {site}' },
  'publishDialog.user': { sv: 'Du publicerar som {name} ({role}).', en: 'You publish as {name} ({role}).' },
  'publishDialog.offline': {
    sv: 'Spalt når inte webbplatsen just nu. Kategorier och taggar är från {when}. Publiceringen läggs i kön och skickas när webbplatsen svarar.',
    en: 'Spalt cannot reach the site right now. The categories and tags are from {when}. The publish is queued and goes out when the site answers.',
  },
  'publishDialog.offlineNever': {
    sv: 'Spalt når inte webbplatsen just nu och har inte hämtat dess kategorier och taggar tidigare. Publiceringen läggs i kön och skickas när webbplatsen svarar.',
    en: 'Spalt cannot reach the site right now and has not fetched its categories and tags before. The publish is queued and goes out when the site answers.',
  },
  'publishDialog.checklist': { sv: 'Kontrollista', en: 'Checklist' },
  'publishDialog.checklistOk': { sv: 'Checklistan är klar.', en: 'The checklist is clear.' },
  'publishDialog.checklistBlocked': {
    sv: {
      one: 'Checklistan visar {count} fel. Rätta det innan du publicerar; klicka på felet för att gå till det.',
      other: 'Checklistan visar {count} fel. Rätta dem innan du publicerar; klicka på ett fel för att gå till det.',
    },
    en: {
      one: 'The checklist shows {count} error. Fix it before publishing; click the error to go to it.',
      other: 'The checklist shows {count} errors. Fix them before publishing; click an error to go to it.',
    },
  },
  'publishDialog.checklistWarnings': {
    sv: {
      one: 'Checklistan har {count} varning att väga in.',
      other: 'Checklistan har {count} varningar att väga in.',
    },
    en: { one: 'The checklist has {count} warning to weigh.', other: 'The checklist has {count} warnings to weigh.' },
  },
  'publishDialog.action': { sv: 'Vad ska hända?', en: 'What should happen?' },
  'publishDialog.actionHint.draft': {
    sv: 'Sparas på webbplatsen men syns inte för läsarna.',
    en: 'Saved on the site but not shown to readers.',
  },
  'publishDialog.actionHint.pending': {
    sv: 'En redaktör granskar och publicerar.',
    en: 'An editor reviews and publishes it.',
  },
  'publishDialog.actionHint.publish': { sv: 'Syns för läsarna direkt.', en: 'Readers see it at once.' },
  'publishDialog.actionHint.schedule': {
    sv: 'Syns för läsarna vid den tid du väljer.',
    en: 'Readers see it at the time you choose.',
  },
  'publishDialog.notAllowed': {
    sv: 'Din roll ({role}) får inte publicera eller schemalägga; skicka till granskning.',
    en: 'Your role ({role}) may not publish or schedule; submit for review.',
  },
  'publishDialog.when': { sv: 'Datum och tid (svensk tid)', en: 'Date and time (Swedish time)' },
  'publishDialog.whenHint': {
    sv: 'Tiden gäller i Sverige (Europe/Stockholm), var du än befinner dig.',
    en: 'The time is Sweden’s (Europe/Stockholm), wherever you are.',
  },
  'publishDialog.author': { sv: 'Författare på webbplatsen', en: 'Author on the site' },
  'publishDialog.authorHint': {
    sv: 'Inlägget visas under den här personens namn. Spalt föreslår den första i bylinen som har ett konto på webbplatsen.',
    en: 'The post appears under this person’s name. Spalt suggests the first person in the byline who has an account on the site.',
  },
  'publishDialog.authorYou': { sv: '{name} (du)', en: '{name} (you)' },
  'publishDialog.categories': { sv: 'Kategorier', en: 'Categories' },
  'publishDialog.noCategories': { sv: 'Webbplatsen har inga kategorier ännu.', en: 'The site has no categories yet.' },
  'publishDialog.newCategory': { sv: 'Ny kategori', en: 'New category' },
  'publishDialog.addCategory': { sv: 'Lägg till kategorin', en: 'Add the category' },
  'publishDialog.newMark': { sv: '(ny)', en: '(new)' },
  'publishDialog.cannotCreateCategories': {
    sv: 'Din roll får inte skapa kategorier; välj bland webbplatsens.',
    en: 'Your role may not create categories; choose among the site’s.',
  },
  'publishDialog.tags': { sv: 'Taggar', en: 'Tags' },
  'publishDialog.addTag': { sv: 'Lägg till taggen', en: 'Add the tag' },
  'publishDialog.tagSuggestions': { sv: 'Förslag på taggar', en: 'Suggested tags' },
  'publishDialog.chosenTags': { sv: 'Valda taggar', en: 'Chosen tags' },
  'publishDialog.removeTag': { sv: 'Ta bort taggen {name}', en: 'Remove the tag {name}' },
  'publishDialog.tagHint': {
    sv: 'Skriv för att se webbplatsens taggar. En tagg som inte finns skapas.',
    en: 'Type to see the site’s tags. A tag that does not exist is created.',
  },
  'publishDialog.tagHintExisting': {
    sv: 'Skriv för att se webbplatsens taggar. Din roll får inte skapa nya.',
    en: 'Type to see the site’s tags. Your role may not create new ones.',
  },
  'publishDialog.tagNotAllowed': {
    sv: 'Taggen ”{name}” finns inte på webbplatsen, och din roll får inte skapa taggar.',
    en: 'The tag “{name}” does not exist on the site, and your role may not create tags.',
  },
  'publishDialog.slug': { sv: 'Adress (slug)', en: 'Address (slug)' },
  'publishDialog.slugHint': {
    sv: 'Sista delen av inläggets adress. Lämna tomt för att göra den av rubriken.',
    en: 'The last part of the post’s address. Leave empty to make it from the headline.',
  },
  'publishDialog.photosNone': {
    sv: 'Artikeln har inga bilder från bildbiblioteket.',
    en: 'The article has no photos from the photo library.',
  },
  'publishDialog.photosUpload': {
    sv: {
      by: 'total',
      one: '{toUpload} av {total} bild laddas upp.',
      other: '{toUpload} av {total} bilder laddas upp.',
    },
    en: {
      by: 'total',
      one: '{toUpload} of {total} photo will be uploaded.',
      other: '{toUpload} of {total} photos will be uploaded.',
    },
  },
  'publishDialog.photosUpdate': {
    sv: {
      by: 'toUpdate',
      one: '{toUpdate} bild får nya texter på webbplatsen.',
      other: '{toUpdate} bilder får nya texter på webbplatsen.',
    },
    en: {
      by: 'toUpdate',
      one: '{toUpdate} photo gets new texts on the site.',
      other: '{toUpdate} photos get new texts on the site.',
    },
  },
  'publishDialog.photosDone': {
    sv: {
      by: 'total',
      one: 'Artikelns bild finns redan på webbplatsen.',
      other: 'Artikelns {total} bilder finns redan på webbplatsen.',
    },
    en: {
      by: 'total',
      one: 'The article’s photo is already on the site.',
      other: 'The article’s {total} photos are already on the site.',
    },
  },
  'publishDialog.cannotUpload': {
    sv: 'Din roll får inte ladda upp bilder: de skickas med granskningen, och redaktören som godkänner artikeln laddar upp dem.',
    en: 'Your role may not upload photos: they go with the review, and the editor who approves the article uploads them.',
  },
  'publishDialog.existing': {
    sv: 'Artikeln finns redan på webbplatsen; samma inlägg uppdateras.',
    en: 'The article is already on the site; the same post is updated.',
  },
  'publishDialog.existingGone': {
    sv: 'Inlägget har tagits bort på webbplatsen; ett nytt inlägg skapas.',
    en: 'The post was deleted on the site; a new post is made.',
  },
  'publishDialog.viewOnSite': { sv: 'Visa på webbplatsen', en: 'View on the site' },
  'publishDialog.submit.draft': { sv: 'Spara som utkast', en: 'Save as draft' },
  'publishDialog.submit.pending': { sv: 'Skicka till granskning', en: 'Submit for review' },
  'publishDialog.submit.publish': { sv: 'Publicera', en: 'Publish' },
  'publishDialog.submit.schedule': { sv: 'Schemalägg', en: 'Schedule' },
  'publishDialog.fixFirst': { sv: 'Rätta felen i checklistan först.', en: 'Fix the errors in the checklist first.' },
  'publishDialog.again': { sv: 'Publicera igen', en: 'Publish again' },

  'publishProgress.region': { sv: 'Förlopp', en: 'Progress' },
  'publishProgress.heading.draft': { sv: 'Sparar som utkast på {site}', en: 'Saving as a draft on {site}' },
  'publishProgress.heading.pending': { sv: 'Skickar till granskning på {site}', en: 'Submitting for review on {site}' },
  'publishProgress.heading.publish': { sv: 'Publicerar på {site}', en: 'Publishing on {site}' },
  'publishProgress.heading.schedule': { sv: 'Schemalägger på {site}', en: 'Scheduling on {site}' },
  'publishProgress.steps': { sv: 'Steg', en: 'Steps' },
  'publishProgress.stepDone': { sv: 'klart', en: 'done' },
  'publishProgress.stepNow': { sv: 'pågår', en: 'in progress' },
  'publishProgress.stepLater': { sv: 'väntar', en: 'to come' },
  'publishProgress.stepStopped': { sv: 'stoppat', en: 'stopped' },
  'publishProgress.stepChoice': { sv: 'väntar på ditt val', en: 'waiting for your choice' },
  'publishProgress.photos': {
    sv: { by: 'total', one: '{done} av {total} bild', other: '{done} av {total} bilder' },
    en: { by: 'total', one: '{done} of {total} photo', other: '{done} of {total} photos' },
  },
  'publishProgress.queued': { sv: 'I kö …', en: 'Queued …' },
  'publishProgress.waiting': {
    sv: 'Väntar på webbplatsen – nytt försök {time}',
    en: 'Waiting for the site – next try {time}',
  },
  'publishProgress.retryNow': { sv: 'Försök igen nu', en: 'Try again now' },
  'publishProgress.retry': { sv: 'Försök igen', en: 'Try again' },
  'publishProgress.failed': { sv: 'Publiceringen misslyckades.', en: 'The publish failed.' },
  'publishProgress.cancelled': { sv: 'Publiceringen är avbruten.', en: 'The publish is cancelled.' },
  'publishProgress.cancelling': {
    sv: 'Avbryts när webbplatsen har svarat på det som redan skickats.',
    en: 'Stops once the site has answered what was already sent.',
  },
  'publishProgress.cancel': { sv: 'Avbryt publiceringen', en: 'Cancel the publish' },
  'publishProgress.done.publish': { sv: 'Publicerad på {site}.', en: 'Published on {site}.' },
  'publishProgress.done.future': { sv: 'Schemalagd på {site} till {time}.', en: 'Scheduled on {site} for {time}.' },
  'publishProgress.done.draft': { sv: 'Sparad som utkast på {site}.', en: 'Saved as a draft on {site}.' },
  'publishProgress.done.pending': { sv: 'Skickad till granskning på {site}.', en: 'Submitted for review on {site}.' },
  'publishProgress.done.other': { sv: 'Klar på {site} ({status}).', en: 'Done on {site} ({status}).' },

  'publishConflict.heading': { sv: 'Inlägget har ändrats på webbplatsen', en: 'The post was changed on the site' },
  'publishConflict.body': {
    sv: 'Någon har ändrat inlägget på {site} sedan Spalt skickade det senast. Jämför nedan och välj: skriv över med din version av artikeln, eller avbryt så att ändringarna på webbplatsen står kvar.',
    en: 'Someone changed the post on {site} since Spalt last sent it. Compare below and choose: overwrite with your version of the article, or cancel so the changes on the site stay.',
  },
  'publishConflict.table': { sv: 'Ändringar på webbplatsen', en: 'Changes on the site' },
  'publishConflict.field': { sv: 'Fält', en: 'Field' },
  'publishConflict.now': { sv: 'På webbplatsen nu', en: 'On the site now' },
  'publishConflict.before': { sv: 'När Spalt skickade senast', en: 'When Spalt last sent it' },
  'publishConflict.empty': { sv: '(tomt)', en: '(empty)' },
  'publishConflict.changedLine': { sv: 'ändrad rad', en: 'changed line' },
  'publishConflict.noFields': {
    sv: 'Inget av fälten Spalt skickar har ändrats, bara inläggets ändringstid.',
    en: 'None of the fields Spalt sends changed, only the post’s modified time.',
  },
  'publishConflict.overwrite': { sv: 'Skriv över med min version', en: 'Overwrite with my version' },
  'publishConflict.cancel': { sv: 'Avbryt publiceringen', en: 'Cancel the publish' },
});
