/**
 * The publishing outbox's words: its errors, and the names of job states, steps, actions and
 * conflict fields for the publish dialog and the queue view. sv.ts and en.ts take these in.
 */
import type { Message } from './plural';

export const outboxSv = {
  'error.publish_checklist_failed': {
    one: 'Artikeln kan inte publiceras ännu: checklistan visar {count} fel. Rätta det som är markerat i checklistan och försök igen.',
    other: 'Artikeln kan inte publiceras ännu: checklistan visar {count} fel. Rätta det som är markerat i checklistan och försök igen.',
  },
  'error.publish_time_past': 'Tiden {time} har redan varit. Välj en tid längre fram, eller publicera nu.',
  'error.publish_time_nonexistent':
    'Klockslaget {time} finns inte i Sverige den dagen: klockan ställs fram en timme till sommartid. Välj en annan tid.',
  'error.publish_article_trashed': 'Artikeln ligger i papperskorgen. Återställ den först om du vill publicera den.',
  'error.publish_photo_missing':
    'En bild i artikeln finns inte i bildbiblioteket ({id}). Ta bort bilden ur artikeln eller välj en bild från biblioteket.',
  'error.publish_photo_file_missing':
    'Filen till bilden ”{fileName}” saknas i Spalts bildlager. Importera bilden igen och byt ut den i artikeln.',
  'error.publish_photo_licence_expired':
    'Bilden ”{photo}” får inte publiceras: licensen gick ut {date}. Byt bild i artikeln, eller förläng licensen i Bilder, och publicera igen. Bilden skickades inte.',
  'error.publish_photo_one_time_spent':
    'Bilden ”{photo}” får inte publiceras: den har engångslicens och är redan publicerad med en annan artikel. Byt bild i artikeln och publicera igen. Bilden skickades inte.',
  'error.publish_photo_credit_missing':
    'Bilden ”{photo}” saknar fotokredit. Fyll i krediten i Bilder och publicera igen. Bilden skickades inte.',
  'error.publish_photo_alt_missing':
    'Bilden ”{photo}” saknar en alternativtext som beskriver vad den visar. Skriv en i Bilder och publicera igen. Bilden skickades inte.',
  'error.publish_job_not_found':
    'Publiceringen finns inte längre; den kan ha tagits bort tillsammans med webbplatsen eller artikeln.',
  'error.publish_job_ended':
    'Publiceringen är redan klar eller avbruten och kan inte ändras. Publicera artikeln igen om du vill skicka den på nytt.',
  'error.publish_not_in_conflict': 'Det finns inget att välja: publiceringen väntar inte på besked om en ändring på webbplatsen.',
  'error.publish_not_retryable':
    'Bara en publicering som väntar på nytt försök eller har misslyckats kan försökas igen. Publicera artikeln igen om du vill skicka den på nytt.',

  'outbox.state.queued': 'I kö',
  'outbox.state.running': 'Pågår',
  'outbox.state.waiting': 'Väntar på nytt försök',
  'outbox.state.conflict': 'Ändrat på webbplatsen',
  'outbox.state.failed': 'Misslyckades',
  'outbox.state.done': 'Klar',
  'outbox.state.cancelled': 'Avbruten',
  'outbox.step.check': 'Kontrollerar behörigheten',
  'outbox.step.photos': 'Laddar upp bilder',
  'outbox.step.terms': 'Kategorier och taggar',
  'outbox.step.post': 'Skickar inlägget',
  'outbox.step.done': 'Klart',
  'outbox.action.draft': 'Spara som utkast på webbplatsen',
  'outbox.action.pending': 'Skicka till granskning',
  'outbox.action.publish': 'Publicera nu',
  'outbox.action.schedule': 'Schemalägg',
  'outbox.conflict.title': 'Rubrik',
  'outbox.conflict.excerpt': 'Ingress (utdrag)',
  'outbox.conflict.content': 'Brödtext',
  'outbox.conflict.status': 'Status',
  'outbox.conflict.slug': 'Adress (slug)',
  'outbox.conflict.categories': 'Kategorier',
  'outbox.conflict.tags': 'Taggar',
  'outbox.conflict.featured_media': 'Huvudbild',
  'outbox.conflict.author': 'Författare',
  'outbox.showOlder': 'Visa äldre',
} as const;

export const outboxEn: Record<keyof typeof outboxSv, Message> = {
  'error.publish_checklist_failed': {
    one: 'The article cannot be published yet: the checklist shows {count} error. Fix what the checklist marks and try again.',
    other: 'The article cannot be published yet: the checklist shows {count} errors. Fix what the checklist marks and try again.',
  },
  'error.publish_time_past': 'The time {time} has already passed. Choose a later time, or publish now.',
  'error.publish_time_nonexistent':
    'The time {time} does not exist in Sweden that day: the clocks go forward an hour to summer time. Choose another time.',
  'error.publish_article_trashed': 'The article is in the trash. Restore it first if you want to publish it.',
  'error.publish_photo_missing':
    'A photo in the article is not in the photo library ({id}). Remove it from the article or choose a photo from the library.',
  'error.publish_photo_file_missing':
    'The file of the photo “{fileName}” is missing from Spalt’s photo store. Import the photo again and replace it in the article.',
  'error.publish_photo_licence_expired':
    'The photo “{photo}” may not be published: its licence expired on {date}. Replace it in the article, or extend the licence in Photos, and publish again. The photo was not sent.',
  'error.publish_photo_one_time_spent':
    'The photo “{photo}” may not be published: it has a one-time licence and is already published with another article. Replace it in the article and publish again. The photo was not sent.',
  'error.publish_photo_credit_missing':
    'The photo “{photo}” has no credit. Fill in the credit in Photos and publish again. The photo was not sent.',
  'error.publish_photo_alt_missing':
    'The photo “{photo}” has no alt text describing what it shows. Write one in Photos and publish again. The photo was not sent.',
  'error.publish_job_not_found': 'The publish job no longer exists; it may have been removed with its site or article.',
  'error.publish_job_ended': 'The publish job has already finished or been cancelled and cannot be changed. Publish the article again to send it anew.',
  'error.publish_not_in_conflict': 'There is nothing to choose: the publish job is not waiting for a decision about a change on the site.',
  'error.publish_not_retryable':
    'Only a publish job that is waiting to retry or has failed can be tried again. Publish the article again to send it anew.',

  'outbox.state.queued': 'Queued',
  'outbox.state.running': 'Running',
  'outbox.state.waiting': 'Waiting to retry',
  'outbox.state.conflict': 'Changed on the site',
  'outbox.state.failed': 'Failed',
  'outbox.state.done': 'Done',
  'outbox.state.cancelled': 'Cancelled',
  'outbox.step.check': 'Checking permissions',
  'outbox.step.photos': 'Uploading photos',
  'outbox.step.terms': 'Categories and tags',
  'outbox.step.post': 'Sending the post',
  'outbox.step.done': 'Done',
  'outbox.action.draft': 'Save as a draft on the site',
  'outbox.action.pending': 'Submit for review',
  'outbox.action.publish': 'Publish now',
  'outbox.action.schedule': 'Schedule',
  'outbox.conflict.title': 'Headline',
  'outbox.conflict.excerpt': 'Lead (excerpt)',
  'outbox.conflict.content': 'Body',
  'outbox.conflict.status': 'Status',
  'outbox.conflict.slug': 'Address (slug)',
  'outbox.conflict.categories': 'Categories',
  'outbox.conflict.tags': 'Tags',
  'outbox.conflict.featured_media': 'Main photo',
  'outbox.conflict.author': 'Author',
  'outbox.showOlder': 'Show older',
};
