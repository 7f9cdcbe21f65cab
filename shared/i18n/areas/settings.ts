/** Settings: the language, typography as you type, and the newsroom's rules. */
import { defineArea } from '../message';

export const settings = defineArea({
  'settings.typography': { sv: 'Typografi medan du skriver', en: 'Typography as you type' },
  'settings.typography.quotes': {
    sv: 'Citattecken blir ” (samma tecken på båda sidor)',
    en: 'Quotation marks become ” (the same mark on both sides)',
  },
  'settings.typography.dashes': {
    sv: 'Stycke som börjar med ”- ” får pratminus ”– ”',
    en: 'A paragraph opening with “- ” gets the dash “– ”',
  },
  'settings.typography.ellipsis': { sv: 'Tre punkter blir …', en: 'Three dots become …' },
  'settings.newsroom': { sv: 'Redaktionens regler', en: 'The newsroom’s rules' },
  'settings.headlineMaxLength': { sv: 'Längsta rubrik (tecken)', en: 'Longest headline (characters)' },
  'settings.kindRules': { sv: 'Artikeltyp: {kind}', en: 'Article kind: {kind}' },
  'settings.defaultKicker': { sv: 'Vinjett för nya artiklar', en: 'Kicker for new articles' },
  'settings.kindLabel': { sv: 'Etikett', en: 'Label' },
  'settings.kindDisclaimer': { sv: 'Friskrivning', en: 'Disclaimer' },
  'settings.saveNewsroom': { sv: 'Spara reglerna', en: 'Save the rules' },
  'settings.heading': { sv: 'Inställningar', en: 'Settings' },
  'settings.language': { sv: 'Språk', en: 'Language' },
  'settings.dataDir': { sv: 'Datamapp', en: 'Data folder' },
  'settings.database': { sv: 'Databasfil', en: 'Database file' },
  'settings.version': { sv: 'Version', en: 'Version' },
  'settings.yourName': { sv: 'Ditt namn', en: 'Your name' },
  'settings.yourNameHint': {
    sv: 'Visas i artiklarnas historik vid det du sparar och återställer.',
    en: 'Shown in the articles’ history by what you save and restore.',
  },
  'settings.saved': { sv: 'Inställningarna är sparade.', en: 'Settings saved.' },
});
