/** A photo's caption, alt text and credit, and the credits report. */
import { creditTypeNames } from '../../format/credit';
import { defineArea } from '../message';

export const credits = defineArea({
  'credit.form': { sv: 'Bildtext, alt-text och kredit', en: 'Caption, alt text and credit' },
  'credit.alt': { sv: 'Alternativtext', en: 'Alt text' },
  'credit.altHint': {
    sv: 'Beskriv vad bilden visar, för den som inte kan se den.',
    en: 'Describe what the photo shows, for someone who cannot see it.',
  },
  'credit.altRequired': {
    sv: 'Alternativtext krävs: beskriv vad bilden visar.',
    en: 'Alt text is required: describe what the photo shows.',
  },
  'credit.altIsFileName': {
    sv: '”{alt}” ser ut som ett filnamn: beskriv vad bilden visar.',
    en: '“{alt}” looks like a file name: describe what the photo shows.',
  },
  'credit.caption': { sv: 'Bildtext', en: 'Caption' },
  'credit.legend': { sv: 'Kredit och rättigheter', en: 'Credit and rights' },
  'credit.type': { sv: 'Kredittyp', en: 'Credit type' },
  'credit.type.none': { sv: 'Ej angiven', en: 'Not given' },
  'credit.type.staff': { sv: creditTypeNames.staff, en: 'Staff' },
  'credit.type.freelance': { sv: creditTypeNames.freelance, en: 'Freelance' },
  'credit.type.handout': { sv: creditTypeNames.handout, en: 'Private (handout)' },
  'credit.type.stock': { sv: creditTypeNames.stock, en: 'Stock library' },
  'credit.type.agency': { sv: creditTypeNames.agency, en: 'Photo agency' },
  'credit.type.archive': { sv: creditTypeNames.archive, en: 'Archive photo' },
  'credit.type.illustration': { sv: creditTypeNames.illustration, en: 'Illustration' },
  'credit.name': { sv: 'Namn', en: 'Name' },
  'credit.suggestions': { sv: 'Förslag på namn och källor', en: 'Suggested names and sources' },
  'credit.source.person': { sv: 'personregistret', en: 'people registry' },
  'credit.source.saved': { sv: 'tidigare kredit', en: 'earlier credit' },
  'credit.organisation': { sv: 'Organisation eller källa', en: 'Organisation or source' },
  'credit.licence': { sv: 'Licens', en: 'Licence' },
  'credit.usageNotes': { sv: 'Villkor och anteckningar', en: 'Terms and notes' },
  'credit.oneTimeUse': { sv: 'Får bara publiceras en gång', en: 'May be published once only' },
  'credit.expiresOn': { sv: 'Licensen gäller till och med', en: 'Licence valid until' },
  'credit.line': { sv: 'Kreditrad', en: 'Credit line' },
  'credit.lineMissing': {
    sv: 'Krediten saknas: välj kredittyp och skriv namn eller källa.',
    en: 'The credit is missing: choose a credit type and enter a name or source.',
  },

  'report.open': { sv: 'Kreditrapport', en: 'Credit report' },
  'report.title': { sv: 'Kreditrapport för en period', en: 'Credit report for a period' },
  'report.from': { sv: 'Från och med', en: 'From' },
  'report.to': { sv: 'Till och med', en: 'To' },
  'report.badRange': { sv: 'Från-datumet ligger efter till-datumet.', en: 'The from date is after the to date.' },
  'report.download': { sv: 'Ladda ner CSV', en: 'Download CSV' },
  'report.done': {
    sv: {
      by: 'rows',
      one: 'Kreditrapporten {fileName} är nedladdad, med {rows} rad.',
      other: 'Kreditrapporten {fileName} är nedladdad, med {rows} rader.',
    },
    en: {
      by: 'rows',
      one: 'The credit report {fileName} is downloaded, with {rows} row.',
      other: 'The credit report {fileName} is downloaded, with {rows} rows.',
    },
  },
});
