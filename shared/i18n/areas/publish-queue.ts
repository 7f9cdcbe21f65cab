/** The article's status on each site and the queue view (Publiceringskö). */
import { defineArea } from '../message';

export const publishQueue = defineArea({
  'articlePublish.status': { sv: 'Webbplatser', en: 'Sites' },
  'articlePublish.done.publish': { sv: 'Publicerad på {site}', en: 'Published on {site}' },
  'articlePublish.done.future': { sv: 'Schemalagd på {site} till {time}', en: 'Scheduled on {site} for {time}' },
  'articlePublish.done.draft': { sv: 'Utkast på {site}', en: 'Draft on {site}' },
  'articlePublish.done.pending': { sv: 'Väntar på granskning på {site}', en: 'Awaiting review on {site}' },
  'articlePublish.done.other': { sv: 'Finns på {site} ({status})', en: 'On {site} ({status})' },
  'articlePublish.active': { sv: 'Publiceras på {site} …', en: 'Publishing on {site} …' },
  'articlePublish.waiting': { sv: 'Väntar på {site} – nytt försök {time}', en: 'Waiting for {site} – next try {time}' },
  'articlePublish.conflict': {
    sv: 'Ändrat på {site} – öppna Publicera och välj',
    en: 'Changed on {site} – open Publish and choose',
  },
  'articlePublish.failed': { sv: 'Publiceringen till {site} misslyckades', en: 'Publishing to {site} failed' },

  'outboxView.heading': { sv: 'Publiceringskö', en: 'Publishing queue' },
  'outboxView.intro': {
    sv: 'Varje publicering väntar här tills den är klar på webbplatsen. Utan uppkoppling väntar den och försöker igen av sig själv.',
    en: 'Each publish waits here until it is done on the site. Offline, it waits and tries again by itself.',
  },
  'outboxView.table': { sv: 'Publiceringar', en: 'Publishes' },
  'outboxView.empty': {
    sv: 'Inga publiceringar ännu. Publicera en artikel med knappen Publicera i artikeln.',
    en: 'No publishes yet. Publish an article with the Publish button in the article.',
  },
  'outboxView.col.article': { sv: 'Artikel', en: 'Article' },
  'outboxView.col.site': { sv: 'Webbplats', en: 'Site' },
  'outboxView.col.action': { sv: 'Åtgärd', en: 'Action' },
  'outboxView.col.state': { sv: 'Läge', en: 'State' },
  'outboxView.col.step': { sv: 'Steg', en: 'Step' },
  'outboxView.col.when': { sv: 'När', en: 'When' },
  'outboxView.col.info': { sv: 'Besked', en: 'Details' },
  'outboxView.col.actions': { sv: 'Åtgärder', en: 'Actions' },
  'outboxView.scheduledFor': { sv: 'Till {time}', en: 'For {time}' },
  'outboxView.nextAttempt': { sv: 'Nytt försök {time}', en: 'Next try {time}' },
  'outboxView.conflictInfo': {
    sv: 'Inlägget har ändrats på webbplatsen. Jämför och välj med ”Lös konflikten”.',
    en: 'The post was changed on the site. Compare and choose with “Resolve the conflict”.',
  },
  'outboxView.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'outboxView.cancelJob': { sv: 'Avbryt publiceringen av {title}', en: 'Cancel the publish of {title}' },
  'outboxView.retry': { sv: 'Försök igen', en: 'Try again' },
  'outboxView.retryJob': { sv: 'Försök igen med {title}', en: 'Try {title} again' },
  // The row's button is named with its article too; the words it shows begin that name, so speech control finds it by them.
  'outboxView.resolve': { sv: 'Lös konflikten', en: 'Resolve the conflict' },
  'outboxView.resolveJob': { sv: 'Lös konflikten för {title}', en: 'Resolve the conflict for {title}' },
  'outboxView.cancelTitle': { sv: 'Avbryta publiceringen av ”{title}”?', en: 'Cancel the publish of “{title}”?' },
  'outboxView.cancelBody': {
    sv: 'Spalt skickar inget mer för den här publiceringen. Det som redan har kommit fram till webbplatsen står kvar där.',
    en: 'Spalt sends nothing more for this publish. What already reached the site stays there.',
  },
  'outboxView.cancelConfirm': { sv: 'Avbryt publiceringen', en: 'Cancel the publish' },
  'outboxView.keep': { sv: 'Behåll', en: 'Keep it' },
  'outboxView.cancelled': {
    sv: 'Publiceringen av ”{title}” är avbruten.',
    en: 'The publish of “{title}” is cancelled.',
  },
  'outboxView.cancelRequested': {
    sv: 'Publiceringen av ”{title}” avbryts när webbplatsen har svarat.',
    en: 'The publish of “{title}” stops once the site has answered.',
  },
  'outboxView.retrying': {
    sv: 'Publiceringen av ”{title}” försöks igen.',
    en: 'The publish of “{title}” is tried again.',
  },
  'outboxView.resolved': { sv: 'Ditt val för ”{title}” är sparat.', en: 'Your choice for “{title}” is saved.' },
  'outboxView.conflictDialog': { sv: 'Lös konflikten', en: 'Resolve the conflict' },
});
