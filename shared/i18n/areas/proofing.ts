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
