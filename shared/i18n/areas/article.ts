/** The article view's fields and bylines, and the names of article kinds and statuses. */
import { defineArea } from '../message';

export const article = defineArea({
  'kind.news': { sv: 'Nyhet', en: 'News' },
  'kind.brief': { sv: 'Notis', en: 'Brief' },
  'kind.opinion': { sv: 'Debatt/Insändare', en: 'Opinion' },
  'kind.sponsored': { sv: 'Annons', en: 'Sponsored' },
  'kind.interview': { sv: 'Intervju', en: 'Interview' },

  'status.draft': { sv: 'Utkast', en: 'Draft' },
  'status.in_review': { sv: 'Granskas', en: 'In review' },
  'status.returned': { sv: 'Återsänd', en: 'Returned' },
  'status.scheduled': { sv: 'Schemalagd', en: 'Scheduled' },
  'status.published': { sv: 'Publicerad', en: 'Published' },

  'article.back': { sv: 'Tillbaka till artiklar', en: 'Back to articles' },
  'article.fields': { sv: 'Artikelns uppgifter', en: 'Article details' },
  'article.kind': { sv: 'Typ', en: 'Kind' },
  'article.kicker': { sv: 'Vinjett', en: 'Kicker' },
  'article.headline': { sv: 'Rubrik', en: 'Headline' },
  'article.lead': { sv: 'Ingress', en: 'Lead' },
  'article.body': { sv: 'Brödtext', en: 'Body' },
  'article.words': {
    sv: { one: '{count} ord', other: '{count} ord' },
    en: { one: '{count} word', other: '{count} words' },
  },
  'article.characters': {
    sv: { one: '{count} tecken', other: '{count} tecken' },
    en: { one: '{count} character', other: '{count} characters' },
  },
  'article.inTrash': {
    sv: 'Artikeln ligger i papperskorgen. Återställ den för att fortsätta skriva.',
    en: 'This article is in the trash. Restore it to keep writing.',
  },
  'article.loading': { sv: 'Hämtar artikeln…', en: 'Loading the article…' },
  'article.label': { sv: 'Etikett', en: 'Label' },
  'article.disclaimer': { sv: 'Friskrivning', en: 'Disclaimer' },
  'article.sponsor': { sv: 'Annonsör', en: 'Sponsor' },
  'article.readingTime': { sv: 'Lästid {minutes} min', en: '{minutes} min read' },

  'bylines.heading': { sv: 'Byline', en: 'Byline' },
  'bylines.role': { sv: 'Roll', en: 'Role' },
  'bylines.name': { sv: 'Namn', en: 'Name' },
  'bylines.add': { sv: 'Lägg till byline', en: 'Add byline' },
  'bylines.remove': { sv: 'Ta bort {name}', en: 'Remove {name}' },
  'bylines.role.text': { sv: 'Text', en: 'Text' },
  'bylines.role.writer': { sv: 'Skribent', en: 'Writer' },
  'bylines.role.photo': { sv: 'Foto', en: 'Photo' },
  'bylines.signedHint': {
    sv: 'Debattartiklar signeras av skribenterna i texten i stället för med byline.',
    en: 'Opinion pieces are signed by their writers in the text instead of a byline.',
  },
});
