/** Proofing: spelling's menu in the body, the newsroom's word list, and LIX beside the word count. */
import { defineArea } from '../message';

export const proofing = defineArea({
  'proofing.menu': { sv: 'Stavning: ”{word}”', en: 'Spelling: “{word}”' },
  'proofing.searching': { sv: 'Söker förslag …', en: 'Finding suggestions …' },
  'proofing.noSuggestions': { sv: 'Inga förslag', en: 'No suggestions' },
  'proofing.addWord': { sv: 'Lägg till i ordlistan', en: 'Add to the word list' },
  'proofing.ignore': { sv: 'Ignorera i artikeln', en: 'Ignore in this article' },
  'checklist.rule.spelling.unknown': {
    sv: 'Okänt ord: ”{word}”. Rätta det, lägg till det i ordlistan eller ignorera det i artikeln.',
    en: 'Unknown word: “{word}”. Correct it, add it to the word list or ignore it in this article.',
  },
  'checklist.rule.style.clock': { sv: 'Klockslag: skriv ”{fix}”, inte ”{found}”.', en: 'Time of day: write “{fix}”, not “{found}”.' },
  'checklist.rule.style.smallNumber': {
    sv: 'Tal under tio skrivs med bokstäver i löptext: ”{fix}”, inte ”{found}”.',
    en: 'Numbers under ten are written in words in running text: “{fix}”, not “{found}”.',
  },
  'checklist.rule.style.percent': { sv: 'Skriv ”{fix}”, inte ”{found}”.', en: 'Write “{fix}”, not “{found}”.' },
  'checklist.rule.style.doubleSpace': { sv: 'Dubbla mellanslag mellan orden.', en: 'Double spaces between words.' },
  'checklist.rule.style.longSentence': {
    sv: 'Lång mening: {words} ord (redaktionens gräns är {max}). Dela upp den?',
    en: 'Long sentence: {words} words (the newsroom’s limit is {max}). Split it?',
  },
  'checklist.fix': { sv: 'Rätta till ”{fix}”', en: 'Change to “{fix}”' },
  'checklist.fixDoubleSpace': { sv: 'Rätta till ett mellanslag', en: 'Change to one space' },
  'checklist.fixGone': {
    sv: 'Texten har ändrats sedan kontrollen. Rätta för hand eller vänta på nästa kontroll.',
    en: 'The text has changed since the check. Correct it by hand or wait for the next check.',
  },

  'style.heading': { sv: 'Redaktionens språkregler', en: 'The newsroom’s house style' },
  'style.intro': {
    sv: 'Varningar i checklistan, var och en med en knapp som rättar. Reglerna följer TT:s språkregler.',
    en: 'Warnings in the checklist, each with a button that fixes it. The rules follow TT’s style guide.',
  },
  'style.clock': { sv: 'Klockslag', en: 'Times of day' },
  'style.clock.dot': { sv: 'kl. 13.18', en: 'kl. 13.18' },
  'style.clock.colon': { sv: 'kl. 13:18', en: 'kl. 13:18' },
  'style.clock.off': { sv: 'Ingen regel', en: 'No rule' },
  'style.percent': { sv: 'Procent', en: 'Per cent' },
  'style.percent.word': { sv: '25 procent', en: '25 procent' },
  'style.percent.sign': { sv: '25 %', en: '25 %' },
  'style.percent.off': { sv: 'Ingen regel', en: 'No rule' },
  'style.smallNumbers': { sv: 'Tal under tio med bokstäver i löptext', en: 'Numbers under ten in words in running text' },
  'style.doubleSpaces': { sv: 'Varna för dubbla mellanslag', en: 'Warn of double spaces' },
  'style.sentenceMaxWords': { sv: 'Längsta mening (ord, 0 = ingen gräns)', en: 'Longest sentence (words, 0 = no limit)' },
  'proofing.lix': { sv: 'LIX {value}, {band}', en: 'LIX {value}, {band}' },
  'proofing.lixHint': {
    sv: 'Läsbarhetsindex: ord per mening plus andelen långa ord (fler än sex bokstäver) i procent.',
    en: 'Readability index: words per sentence plus the share of long words (more than six letters) in per cent.',
  },
  'proofing.band.veryEasy': { sv: 'mycket lätt', en: 'very easy' },
  'proofing.band.easy': { sv: 'lätt', en: 'easy' },
  'proofing.band.medium': { sv: 'medelsvår', en: 'medium' },
  'proofing.band.hard': { sv: 'svår', en: 'hard' },
  'proofing.band.veryHard': { sv: 'mycket svår', en: 'very hard' },

  'words.heading': { sv: 'Redaktionens ordlista', en: 'The newsroom’s word list' },
  'words.intro': {
    sv: 'Ord som stavningskontrollen ska godta: namn, orter och redaktionens egna termer. Personregistrets namn och fotografernas namn godtas redan.',
    en: 'Words spelling should accept: names, places and the newsroom’s own terms. Names in the people registry and photo credits are accepted already.',
  },
  'words.newWord': { sv: 'Nytt ord', en: 'New word' },
  'words.add': { sv: 'Lägg till', en: 'Add' },
  'words.remove': { sv: 'Ta bort ”{word}”', en: 'Remove “{word}”' },
  'words.invalid': {
    sv: 'Skriv ett ord utan mellanslag som börjar med en bokstav, högst 60 tecken.',
    en: 'Type one word without spaces that starts with a letter, at most 60 characters.',
  },
  'words.empty': { sv: 'Listan är tom.', en: 'The list is empty.' },
  'words.count': { sv: { one: '{count} ord', other: '{count} ord' }, en: { one: '{count} word', other: '{count} words' } },
  'words.export': { sv: 'Exportera ordlistan', en: 'Export the word list' },
  'words.import': { sv: 'Importera ord från fil', en: 'Import words from a file' },
  'words.importHint': { sv: 'Vanlig text, ett ord per rad (UTF-8).', en: 'Plain text, one word a line (UTF-8).' },
  'words.imported': {
    sv: {
      by: 'added',
      one: {
        by: 'skipped',
        one: '{added} nytt ord; {skipped} rad var inget ord.',
        other: '{added} nytt ord; {skipped} rader var inga ord.',
      },
      other: {
        by: 'skipped',
        one: '{added} nya ord; {skipped} rad var inget ord.',
        other: '{added} nya ord; {skipped} rader var inga ord.',
      },
    },
    en: {
      by: 'added',
      one: {
        by: 'skipped',
        one: '{added} new word; {skipped} line was no word.',
        other: '{added} new word; {skipped} lines were no words.',
      },
      other: {
        by: 'skipped',
        one: '{added} new words; {skipped} line was no word.',
        other: '{added} new words; {skipped} lines were no words.',
      },
    },
  },
  'words.exported': {
    sv: { one: '{count} ord sparat i {fileName}.', other: '{count} ord sparade i {fileName}.' },
    en: { one: '{count} word saved in {fileName}.', other: '{count} words saved in {fileName}.' },
  },
});
