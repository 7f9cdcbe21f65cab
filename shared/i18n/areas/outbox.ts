/**
 * The publishing outbox's words: its errors, and the names of job states, steps, actions and
 * conflict fields for the publish dialog and the queue view.
 */
import { defineArea } from '../message';

export const outbox = defineArea({
  'error.publish_checklist_failed': {
    sv: {
      one: 'Artikeln kan inte publiceras ännu: checklistan visar {count} fel. Rätta det som är markerat i checklistan och försök igen.',
      other: 'Artikeln kan inte publiceras ännu: checklistan visar {count} fel. Rätta det som är markerat i checklistan och försök igen.',
    },
    en: {
      one: 'The article cannot be published yet: the checklist shows {count} error. Fix what the checklist marks and try again.',
      other: 'The article cannot be published yet: the checklist shows {count} errors. Fix what the checklist marks and try again.',
    },
  },
  'error.publish_time_past': {
    sv: 'Tiden {time} har redan varit. Välj en tid längre fram, eller publicera nu.',
    en: 'The time {time} has already passed. Choose a later time, or publish now.',
  },
  'error.publish_time_nonexistent': {
    sv: 'Klockslaget {time} finns inte i Sverige den dagen: klockan ställs fram en timme till sommartid. Välj en annan tid.',
    en: 'The time {time} does not exist in Sweden that day: the clocks go forward an hour to summer time. Choose another time.',
  },
  'error.publish_article_trashed': {
    sv: 'Artikeln ligger i papperskorgen. Återställ den först om du vill publicera den.',
    en: 'The article is in the trash. Restore it first if you want to publish it.',
  },
  'error.publish_photo_missing': {
    sv: 'En bild i artikeln finns inte i bildbiblioteket ({id}). Ta bort bilden ur artikeln eller välj en bild från biblioteket.',
    en: 'A photo in the article is not in the photo library ({id}). Remove it from the article or choose a photo from the library.',
  },
  'error.publish_photo_file_missing': {
    sv: 'Filen till bilden ”{fileName}” saknas i Spalts bildlager. Importera bilden igen och byt ut den i artikeln.',
    en: 'The file of the photo “{fileName}” is missing from Spalt’s photo store. Import the photo again and replace it in the article.',
  },
  'error.publish_photo_licence_expired': {
    sv: 'Bilden ”{photo}” får inte publiceras: licensen gick ut {date}. Byt bild i artikeln, eller förläng licensen i Bilder, och publicera igen. Bilden skickades inte.',
    en: 'The photo “{photo}” may not be published: its licence expired on {date}. Replace it in the article, or extend the licence in Photos, and publish again. The photo was not sent.',
  },
  'error.publish_photo_one_time_spent': {
    sv: 'Bilden ”{photo}” får inte publiceras: den har engångslicens och är redan publicerad med en annan artikel. Byt bild i artikeln och publicera igen. Bilden skickades inte.',
    en: 'The photo “{photo}” may not be published: it has a one-time licence and is already published with another article. Replace it in the article and publish again. The photo was not sent.',
  },
  'error.publish_photo_credit_missing': {
    sv: 'Bilden ”{photo}” saknar fotokredit. Fyll i krediten i Bilder och publicera igen. Bilden skickades inte.',
    en: 'The photo “{photo}” has no credit. Fill in the credit in Photos and publish again. The photo was not sent.',
  },
  'error.publish_photo_alt_missing': {
    sv: 'Bilden ”{photo}” saknar en alternativtext som beskriver vad den visar. Skriv en i Bilder och publicera igen. Bilden skickades inte.',
    en: 'The photo “{photo}” has no alt text describing what it shows. Write one in Photos and publish again. The photo was not sent.',
  },
  'error.publish_job_not_found': {
    sv: 'Publiceringen finns inte längre; den kan ha tagits bort tillsammans med webbplatsen eller artikeln.',
    en: 'The publish job no longer exists; it may have been removed with its site or article.',
  },
  'error.publish_job_ended': {
    sv: 'Publiceringen är redan klar eller avbruten och kan inte ändras. Publicera artikeln igen om du vill skicka den på nytt.',
    en: 'The publish job has already finished or been cancelled and cannot be changed. Publish the article again to send it anew.',
  },
  'error.publish_not_in_conflict': {
    sv: 'Det finns inget att välja: publiceringen väntar inte på besked om en ändring på webbplatsen.',
    en: 'There is nothing to choose: the publish job is not waiting for a decision about a change on the site.',
  },
  'error.publish_not_retryable': {
    sv: 'Bara en publicering som väntar på nytt försök eller har misslyckats kan försökas igen. Publicera artikeln igen om du vill skicka den på nytt.',
    en: 'Only a publish job that is waiting to retry or has failed can be tried again. Publish the article again to send it anew.',
  },

  'outbox.state.queued': { sv: 'I kö', en: 'Queued' },
  'outbox.state.running': { sv: 'Pågår', en: 'Running' },
  'outbox.state.waiting': { sv: 'Väntar på nytt försök', en: 'Waiting to retry' },
  'outbox.state.conflict': { sv: 'Ändrat på webbplatsen', en: 'Changed on the site' },
  'outbox.state.failed': { sv: 'Misslyckades', en: 'Failed' },
  'outbox.state.done': { sv: 'Klar', en: 'Done' },
  'outbox.state.cancelled': { sv: 'Avbruten', en: 'Cancelled' },
  'outbox.step.check': { sv: 'Kontrollerar behörigheten', en: 'Checking permissions' },
  'outbox.step.photos': { sv: 'Laddar upp bilder', en: 'Uploading photos' },
  'outbox.step.terms': { sv: 'Kategorier och taggar', en: 'Categories and tags' },
  'outbox.step.post': { sv: 'Skickar inlägget', en: 'Sending the post' },
  'outbox.step.done': { sv: 'Klart', en: 'Done' },
  'outbox.action.draft': { sv: 'Spara som utkast på webbplatsen', en: 'Save as a draft on the site' },
  'outbox.action.pending': { sv: 'Skicka till granskning', en: 'Submit for review' },
  'outbox.action.publish': { sv: 'Publicera nu', en: 'Publish now' },
  'outbox.action.schedule': { sv: 'Schemalägg', en: 'Schedule' },
  'outbox.conflict.title': { sv: 'Rubrik', en: 'Headline' },
  'outbox.conflict.excerpt': { sv: 'Ingress (utdrag)', en: 'Lead (excerpt)' },
  'outbox.conflict.content': { sv: 'Brödtext', en: 'Body' },
  'outbox.conflict.status': { sv: 'Status', en: 'Status' },
  'outbox.conflict.slug': { sv: 'Adress (slug)', en: 'Address (slug)' },
  'outbox.conflict.categories': { sv: 'Kategorier', en: 'Categories' },
  'outbox.conflict.tags': { sv: 'Taggar', en: 'Tags' },
  'outbox.conflict.featured_media': { sv: 'Huvudbild', en: 'Main photo' },
  'outbox.conflict.author': { sv: 'Författare', en: 'Author' },
  'outbox.showOlder': { sv: 'Visa äldre', en: 'Show older' },
});
