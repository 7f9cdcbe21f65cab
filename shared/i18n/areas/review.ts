/**
 * The editors' workflow in Spalt: the review queue ("Att granska"), the workflow panel of an
 * article (its state, withdraw, return with notes), the notes beside their blocks, and the
 * state badges of the library.
 */
import { defineArea } from '../message';

export const review = defineArea({
  'error.review_not_on_site': {
    sv: 'Artikeln finns inte på webbplatsen än. Skicka den till granskning först.',
    en: 'The article is not on the site yet. Submit it for review first.',
  },
  'nav.review': { sv: 'Att granska', en: 'To review' },
  'nav.reviewMissing': {
    sv: 'Att granska finns för redaktörer: din roll på {site} är {role}, som inte får ändra andras inlägg.',
    en: 'To review is for editors: your role on {site} is {role}, which may not edit others’ posts.',
  },
  'review.heading': { sv: 'Att granska', en: 'To review' },
  'review.noSites': { sv: 'Lägg till en webbplats under Webbplatser först.', en: 'Add a site under Sites first.' },
  'review.siteHeading': { sv: 'Inskickat på {site}', en: 'Submitted on {site}' },
  'review.fetchedAt': { sv: 'Senast hämtad {time}', en: 'Last fetched {time}' },
  'review.neverFetched': { sv: 'Inte hämtad från webbplatsen än.', en: 'Not fetched from the site yet.' },
  'review.refresh': { sv: 'Uppdatera', en: 'Refresh' },
  'review.refreshing': { sv: 'Hämtar …', en: 'Fetching …' },
  'review.refreshFailed': {
    sv: 'Kunde inte hämta listan: {message} Listan nedan är den senast hämtade.',
    en: 'Could not fetch the list: {message} The list below is the one fetched last.',
  },
  'review.notReviewer': {
    sv: 'Din roll på {site} är {role}. Bara redaktörer och administratörer kan granska andras artiklar.',
    en: 'Your role on {site} is {role}. Only editors and administrators can review others’ articles.',
  },
  'review.empty': { sv: 'Inget väntar på granskning.', en: 'Nothing is waiting for review.' },
  'review.column.title': { sv: 'Rubrik', en: 'Headline' },
  'review.column.author': { sv: 'Skribent', en: 'Writer' },
  'review.column.kind': { sv: 'Typ', en: 'Kind' },
  'review.column.submitted': { sv: 'Inskickad', en: 'Submitted' },
  'review.column.words': { sv: 'Ord', en: 'Words' },
  'review.words': { sv: { one: '{count} ord', other: '{count} ord' }, en: { one: '{count} word', other: '{count} words' } },
  'review.checklistOk': { sv: 'Klar', en: 'Ready' },
  'review.open': { sv: 'Öppna', en: 'Open' },
  'review.openTitle': { sv: 'Öppna ”{title}”', en: 'Open “{title}”' },
  'review.opening': { sv: 'Öppnar …', en: 'Opening …' },
  'workflow.heading': { sv: 'Granskning', en: 'Review' },
  'workflow.state.draft': { sv: 'Inte inskickad', en: 'Not submitted' },
  'workflow.state.submitted': { sv: 'Granskas', en: 'In review' },
  'workflow.state.returned': { sv: 'Återsänd', en: 'Returned' },
  'workflow.state.approved': { sv: 'Godkänd', en: 'Approved' },
  'workflow.state.published': { sv: 'Publicerad', en: 'Published' },
  'workflow.scheduledAt': { sv: 'Schemalagd {time}', en: 'Scheduled {time}' },
  'workflow.site': { sv: 'på {site}', en: 'on {site}' },
  'workflow.since': { sv: 'Sedan {time}', en: 'Since {time}' },
  'workflow.sinceBy': { sv: 'Sedan {time}, av {name}', en: 'Since {time}, by {name}' },
  'workflow.pending': { sv: 'Skickas när webbplatsen kan nås.', en: 'Goes when the site can be reached.' },
  'workflow.pendingWhy': { sv: 'Väntar: {message}', en: 'Waiting: {message}' },
  'workflow.refused': { sv: 'Steget gick inte igenom: {message}', en: 'The step did not go through: {message}' },
  'workflow.sync': { sv: 'Hämta från webbplatsen', en: 'Fetch from the site' },
  'workflow.withdraw': { sv: 'Dra tillbaka', en: 'Withdraw' },
  'workflow.return': { sv: 'Skicka tillbaka med anteckningar', en: 'Return with notes' },
  'workflow.returnMissing': {
    sv: 'Bara en redaktör kan skicka tillbaka artikeln med anteckningar; din roll på {site} är {role}.',
    en: 'Only an editor can return the article with notes; your role on {site} is {role}.',
  },
  'workflow.withdrawMissing': {
    sv: 'Skribenten kan dra tillbaka sitt inskick; som {role} skickar du tillbaka det med anteckningar.',
    en: 'The writer can withdraw the submission; as {role} you return it with notes.',
  },
  'workflow.returnHeading': { sv: 'Anteckningar per stycke', en: 'Notes by paragraph' },
  'workflow.noteFor': { sv: 'Anteckning till stycke {number}: ”{text}”', en: 'Note on paragraph {number}: “{text}”' },
  'workflow.returnSend': { sv: 'Skicka tillbaka', en: 'Return' },
  'workflow.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'workflow.returnEmpty': {
    sv: 'Skriv minst en anteckning, så att skribenten vet vad som ska ändras.',
    en: 'Write at least one note, so the writer knows what to change.',
  },
  'notes.heading': { sv: 'Anteckningar', en: 'Notes' },
  'notes.none': { sv: 'Inga anteckningar.', en: 'No notes.' },
  'notes.block': { sv: 'Stycke {number}: ”{text}”', en: 'Paragraph {number}: “{text}”' },
  'notes.whole': { sv: 'Hela artikeln', en: 'The whole article' },
  'notes.by': { sv: '{name}, {time}', en: '{name}, {time}' },
  'notes.waiting': { sv: 'väntar på att skickas', en: 'waiting to be sent' },
  'notes.resolved': { sv: 'Klar', en: 'Done' },
  'notes.answerLabel': { sv: 'Svar till {name}', en: 'Answer to {name}' },
  'notes.answer': { sv: 'Svara', en: 'Answer' },
  'notes.resolve': { sv: 'Markera som klar', en: 'Mark as done' },
  'notes.reopen': { sv: 'Öppna igen', en: 'Reopen' },
  'notes.inMargin': {
    sv: {
      one: '{count} anteckning står i marginalen bredvid sitt stycke.',
      other: '{count} anteckningar står i marginalen bredvid sina stycken.',
    },
    en: {
      one: '{count} note stands in the margin beside its paragraph.',
      other: '{count} notes stand in the margin beside their paragraphs.',
    },
  },
  'notes.cardLabel': { sv: 'Anteckning om stycke {number}: ”{text}”', en: 'Note on paragraph {number}: “{text}”' },
  'notes.cardWhole': { sv: 'Anteckning om hela artikeln', en: 'Note on the whole article' },
  'notes.marker': { sv: 'Anteckning: {text}', en: 'Note: {text}' },
  'notes.markerMore': {
    sv: { one: 'Anteckning: {text} (och {count} till)', other: 'Anteckning: {text} (och {count} till)' },
    en: { one: 'Note: {text} (and {count} more)', other: 'Note: {text} (and {count} more)' },
  },
});
