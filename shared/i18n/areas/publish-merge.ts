/** The merge view: a post changed both here and on the site, its clashes settled one by one. */
import { defineArea } from '../message';

export const publishMerge = defineArea({
  'publishMerge.heading': { sv: 'Ändrat både här och på webbplatsen', en: 'Changed both here and on the site' },
  'publishMerge.body': {
    sv: 'Någon har ändrat inlägget på {site} medan du ändrade artikeln. Spalt har slagit ihop allt som gick av sig självt. Där samma ord ändrats på båda ställena väljer du vilken version som ska gälla.',
    en: 'Someone changed the post on {site} while you changed the article. Spalt has merged everything that could merge by itself. Where the same words changed in both places, you choose which version stands.',
  },
  'publishMerge.summarySite': {
    sv: { one: 'Webbplatsen ändrade {count} del av artikeln.', other: 'Webbplatsen ändrade {count} delar av artikeln.' },
    en: { one: 'The site changed {count} part of the article.', other: 'The site changed {count} parts of the article.' },
  },
  'publishMerge.summaryLocal': {
    sv: { one: 'Du ändrade {count} del.', other: 'Du ändrade {count} delar.' },
    en: { one: 'You changed {count} part.', other: 'You changed {count} parts.' },
  },
  'publishMerge.summaryClashes': {
    sv: { one: '{count} krock att välja i, resten är ihopslaget.', other: '{count} krockar att välja i, resten är ihopslaget.' },
    en: { one: '{count} clash to choose in, the rest is merged.', other: '{count} clashes to choose in, the rest is merged.' },
  },
  'publishMerge.noClashes': {
    sv: 'Inga krockar i texten: allt är ihopslaget.',
    en: 'No clashes in the text: everything is merged.',
  },
  'publishMerge.settings': {
    sv: 'Ändrat på webbplatsen, ersätts av det du valde när du publicerade:',
    en: 'Changed on the site, replaced by what you chose when publishing:',
  },
  'publishMerge.setting': { sv: '{field}: {before} → {now}', en: '{field}: {before} → {now}' },
  'publishMerge.clash': { sv: 'Krock {number} av {total}: {place}', en: 'Clash {number} of {total}: {place}' },
  'publishMerge.block': { sv: 'stycke {number}', en: 'paragraph {number}' },
  'publishMerge.deletedHere': {
    sv: 'Du tog bort stycket, webbplatsen ändrade det.',
    en: 'You deleted the paragraph; the site changed it.',
  },
  'publishMerge.deletedThere': {
    sv: 'Webbplatsen tog bort stycket, du ändrade det.',
    en: 'The site deleted the paragraph; you changed it.',
  },
  'publishMerge.ancestor': { sv: 'Förut', en: 'Before' },
  'publishMerge.local': { sv: 'Din version', en: 'Your version' },
  'publishMerge.remote': { sv: 'Webbplatsens version', en: "The site's version" },
  'publishMerge.versions': { sv: 'Versionerna', en: 'The versions' },
  'publishMerge.nothing': { sv: '(inget)', en: '(nothing)' },
  'publishMerge.added': { sv: 'tillagt', en: 'added' },
  'publishMerge.removed': { sv: 'borttaget', en: 'removed' },
  'publishMerge.keep': { sv: 'Behåll', en: 'Keep' },
  'publishMerge.keepLocal': { sv: 'Min version', en: 'My version' },
  'publishMerge.keepRemote': { sv: 'Webbplatsens', en: "The site's" },
  'publishMerge.keepBoth': { sv: 'Båda', en: 'Both' },
  'publishMerge.choose': {
    sv: 'Välj en version för varje krock innan du slår ihop.',
    en: 'Choose a version for each clash before you merge.',
  },
  'publishMerge.kept': {
    sv: 'Det du inte väljer finns kvar: din version i artikelns historik, webbplatsens i WordPress revisioner av inlägget.',
    en: "What you do not choose is kept: your version in the article's history, the site's in WordPress's revisions of the post.",
  },
  'publishMerge.submit': { sv: 'Slå ihop och publicera', en: 'Merge and publish' },
  'publishMerge.field.kind': { sv: 'Typ', en: 'Kind' },
  'publishMerge.field.kicker': { sv: 'Vinjett', en: 'Kicker' },
  'publishMerge.field.headline': { sv: 'Rubrik', en: 'Headline' },
  'publishMerge.field.lead': { sv: 'Ingress', en: 'Lead' },
  'publishMerge.field.bylines': { sv: 'Byline', en: 'Bylines' },
  'publishMerge.field.label': { sv: 'Etikett', en: 'Label' },
  'publishMerge.field.disclaimer': { sv: 'Friskrivning', en: 'Disclaimer' },
  'publishMerge.field.sponsor': { sv: 'Sponsor', en: 'Sponsor' },
  'publishMerge.field.mainPhotoId': { sv: 'Huvudbild', en: 'Main photo' },
});
