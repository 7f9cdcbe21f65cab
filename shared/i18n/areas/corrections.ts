/** Corrections ("Rättelse"): marking a publish as one, its errors, and the corrections log. */
import { defineArea } from '../message';

export const corrections = defineArea({
  'error.correction_note_missing': {
    sv: 'Skriv vad som rättades. Texten visas för läsarna sist i artikeln, efter ”Rättelse” och dagens datum.',
    en: 'Write what was corrected. Readers see the text at the end of the article, after “Rättelse” and today’s date.',
  },
  'error.correction_not_published': {
    sv: 'Bara en artikel som redan är publicerad på webbplatsen kan rättas, och rättelsen går ut med ”Publicera nu”. Publicera artikeln först.',
    en: 'Only an article already published on the site can be corrected, and the correction goes out with “Publish now”. Publish the article first.',
  },
  'correction.mark': { sv: 'Markera som rättelse', en: 'Mark as a correction' },
  'correction.note': { sv: 'Vad rättades?', en: 'What was corrected?' },
  'correction.hint': {
    sv: 'Visas sist i artikeln: ”{heading} …”. Tidigare rättelser står kvar.',
    en: 'Shown at the end of the article: “{heading} …”. Earlier corrections stay.',
  },
  'nav.corrections': { sv: 'Rättelser', en: 'Corrections' },
  'corrections.title': { sv: 'Rättelser', en: 'Corrections' },
  'corrections.intro': {
    sv: 'Rättelser av publicerade artiklar, som läsarna ser dem sist i artikeln. Nyast först.',
    en: 'Corrections of published articles, as readers see them at the end of the article. Newest first.',
  },
  'corrections.period': { sv: 'Period', en: 'Period' },
  'corrections.from': { sv: 'Från och med', en: 'From' },
  'corrections.to': { sv: 'Till och med', en: 'To' },
  'corrections.badRange': { sv: 'Från-datumet ligger efter till-datumet.', en: 'The from date is after the to date.' },
  'corrections.loading': { sv: 'Hämtar rättelser …', en: 'Loading corrections …' },
  'corrections.empty': { sv: 'Inga rättelser under perioden.', en: 'No corrections in the period.' },
  'corrections.table': { sv: 'Rättelser under perioden', en: 'Corrections in the period' },
  'corrections.when': { sv: 'Rättad', en: 'Corrected' },
  'corrections.article': { sv: 'Artikel', en: 'Article' },
  'corrections.site': { sv: 'Webbplats', en: 'Site' },
  'corrections.post': { sv: 'Inlägg', en: 'Post' },
  'corrections.who': { sv: 'Vem', en: 'Who' },
  'corrections.note': { sv: 'Rättelse', en: 'Correction' },
  'corrections.link': { sv: 'Visa på webbplatsen', en: 'View on the site' },
  'corrections.export': { sv: 'Exportera CSV', en: 'Export CSV' },
  'corrections.exported': {
    sv: {
      by: 'rows',
      one: 'Rättelseloggen {fileName} är nedladdad, med {rows} rad.',
      other: 'Rättelseloggen {fileName} är nedladdad, med {rows} rader.',
    },
    en: {
      by: 'rows',
      one: 'The corrections log {fileName} is downloaded, with {rows} row.',
      other: 'The corrections log {fileName} is downloaded, with {rows} rows.',
    },
  },
});
