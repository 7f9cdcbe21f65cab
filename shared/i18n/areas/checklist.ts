/** The pre-publish checklist: its heading and summary, and one message per rule. */
import { defineArea } from '../message';

export const checklist = defineArea({
  'checklist.heading': { sv: 'Kontrollista', en: 'Checklist' },
  'checklist.ok': { sv: 'Allt är klart för publicering.', en: 'Everything is ready to publish.' },
  'checklist.summary': {
    // "fel" is the same for one and many; the forms still say that {errors} is a count.
    sv: {
      by: 'errors',
      one: { by: 'warnings', one: '{errors} fel och {warnings} varning', other: '{errors} fel och {warnings} varningar' },
      other: { by: 'warnings', one: '{errors} fel och {warnings} varning', other: '{errors} fel och {warnings} varningar' },
    },
    en: {
      by: 'errors',
      one: {
        by: 'warnings',
        one: '{errors} error and {warnings} warning',
        other: '{errors} error and {warnings} warnings',
      },
      other: {
        by: 'warnings',
        one: '{errors} errors and {warnings} warning',
        other: '{errors} errors and {warnings} warnings',
      },
    },
  },
  'checklist.severity.error': { sv: 'Fel', en: 'Error' },
  'checklist.severity.warning': { sv: 'Varning', en: 'Warning' },
  'checklist.rule.headline.missing': { sv: 'Rubrik saknas.', en: 'The headline is missing.' },
  'checklist.rule.headline.tooLong': {
    sv: {
      by: 'length',
      one: 'Rubriken är {length} tecken; redaktionens gräns är {max}.',
      other: 'Rubriken är {length} tecken; redaktionens gräns är {max}.',
    },
    en: {
      by: 'length',
      one: 'The headline is {length} character; the newsroom’s limit is {max}.',
      other: 'The headline is {length} characters; the newsroom’s limit is {max}.',
    },
  },
  'checklist.rule.lead.missing': { sv: 'Ingress saknas.', en: 'The lead is missing.' },
  'checklist.rule.byline.missing': {
    sv: 'Byline saknas: lägg till vem som skrivit texten.',
    en: 'The byline is missing: add who wrote the text.',
  },
  'checklist.rule.signature.missing': {
    sv: 'Debattartikeln saknar signatur: lägg till skribenternas namn och titlar.',
    en: 'The opinion piece has no signature: add the writers’ names and titles.',
  },
  'checklist.rule.disclaimer.missing': { sv: 'Friskrivningen saknas.', en: 'The disclaimer is missing.' },
  'checklist.rule.label.missing': { sv: 'Etiketten ”{label}” saknas.', en: 'The label “{label}” is missing.' },
  'checklist.rule.sponsor.missing': { sv: 'Annonsör saknas.', en: 'The sponsor is missing.' },
  'checklist.rule.photo.creditMissing': { sv: 'En bild saknar fotokredit.', en: 'A photo has no credit.' },
  'checklist.rule.photo.notReceived': {
    sv: 'Bilden ”{name}” kom inte fram med granskningen (dess utkast på webbplatsen saknas eller går inte att läsa). Be skribenten skicka artikeln till granskning igen, öppna den sedan på nytt under Att granska, eller byt bilden.',
    en: 'The photo “{name}” did not arrive with the review (its draft on the site is missing or cannot be read). Ask the writer to submit the article for review again, then open it again under To review, or replace the photo.',
  },
  'checklist.rule.photo.altMissing': { sv: 'En bild saknar alternativtext.', en: 'A photo has no alt text.' },
  'checklist.rule.photo.altIsFileName': {
    sv: 'Alternativtexten ”{alt}” ser ut som ett filnamn: beskriv vad bilden visar.',
    en: 'The alt text “{alt}” looks like a file name: describe what the photo shows.',
  },
  'checklist.rule.photo.altShort': {
    sv: 'Alternativtexten ”{alt}” är bara ett ord: beskriv vad bilden visar.',
    en: 'The alt text “{alt}” is a single word: describe what the photo shows.',
  },
  'checklist.rule.photo.licenceExpired': {
    sv: 'Licensen för bilden ”{photo}” gick ut {date}: byt bild, eller förläng licensen i Bilder.',
    en: 'The licence for the photo “{photo}” expired on {date}: replace the photo, or extend the licence in Photos.',
  },
  'checklist.rule.photo.oneTimeSpent': {
    sv: 'Bilden ”{photo}” har engångslicens och är redan publicerad med en annan artikel: byt bild.',
    en: 'The photo “{photo}” has a one-time licence and is already published with another article: replace it.',
  },
  'checklist.rule.photo.oneTimeShared': {
    sv: {
      one: 'Bilden ”{photo}” har engångslicens och används i {count} artikel: bara den som publiceras först får ha den.',
      other: 'Bilden ”{photo}” har engångslicens och används i {count} artiklar: bara den som publiceras först får ha den.',
    },
    en: {
      one: 'The photo “{photo}” has a one-time licence and is used in {count} article: only the one published first may keep it.',
      other: 'The photo “{photo}” has a one-time licence and is used in {count} articles: only the one published first may keep it.',
    },
  },
  'checklist.rule.link.empty': {
    sv: 'En länk saknar giltig adress eller text.',
    en: 'A link has no valid address or no text.',
  },
  'checklist.rule.placeholder.tk': {
    sv: 'Det står kvar ”TK” (to come): fyll i det som saknas.',
    en: 'A “TK” (to come) is left in: fill in what is missing.',
  },
});
