import { describe, expect, it } from 'vitest';
import { translate, type Message, type MessageKey } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { countParameter } from '../../shared/i18n/plural';
import { sv } from '../../shared/i18n/sv';

/** Parameters that carry text (names, titles, addresses, dates…): no noun agrees with them. */
const textParameters = new Set([
  'address', 'site', 'name', 'title', 'fileName', 'time', 'details', 'role', 'roleSv', 'roleEn', 'id', 'status',
  'message', 'file', 'alt', 'when', 'what', 'size', 'host', 'username', 'reason', 'query', 'label', 'kind', 'field',
  'date', 'location', 'suggestion', 'photo', 'article', 'articles', 'key', 'shortcut', 'from', 'contentType', 'url', 'headline',
]);

/**
 * Numbers that count nothing a noun must agree with: an ordinal ("undertecknare 2"), versions,
 * a limit, and counts written with an abbreviated unit ("12 s", "3 min", "130 megapixel").
 */
const uncountedNumbers = new Set(['number', 'current', 'base', 'found', 'supported', 'max', 'pixels', 'seconds', 'minutes']);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

/** Every text a message can become, with the counts that chose it. */
function forms(message: Message, chosenBy: readonly string[] = []): Array<{ text: string; chosenBy: readonly string[] }> {
  if (typeof message === 'string') return [{ text: message, chosenBy }];
  const by = [...chosenBy, countParameter(message)];
  return [...forms(message.one, by), ...forms(message.other, by)];
}

const catalogues = { sv, en } as const;

describe('plural forms', () => {
  it('every message showing a count has forms chosen by that count, in both languages', () => {
    const missing: string[] = [];
    for (const [language, catalogue] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(catalogue) as Array<[MessageKey, Message]>) {
        for (const { text, chosenBy } of forms(message)) {
          const counts = placeholders(text).filter((name) => !textParameters.has(name) && !uncountedNumbers.has(name));
          if (counts.length > 0 && !counts.some((name) => chosenBy.includes(name))) missing.push(`${language} ${key}: {${counts.join('}, {')}}`);
          // A form chosen by a parameter the message never mentions is a typo in `by`.
          for (const name of chosenBy) {
            if (!forms(message).some((form) => placeholders(form.text).includes(name))) missing.push(`${language} ${key}: by ${name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('picks "1 artikel" and "2 artiklar", "1 article" and "2 articles", "0 artiklar"', () => {
    expect(translate('sv', 'library.count', { count: 1 })).toBe('1 artikel');
    expect(translate('sv', 'library.count', { count: 2 })).toBe('2 artiklar');
    expect(translate('sv', 'library.count', { count: 0 })).toBe('0 artiklar');
    expect(translate('en', 'library.count', { count: 1 })).toBe('1 article');
    expect(translate('en', 'library.count', { count: 21 })).toBe('21 articles');
  });

  it('agrees the noun with the total in "1 av 1 bild", and writes big counts the language’s way', () => {
    expect(translate('sv', 'publishDialog.photosUpload', { toUpload: 1, total: 1 })).toBe('1 av 1 bild laddas upp.');
    expect(translate('sv', 'publishDialog.photosUpload', { toUpload: 1, total: 3 })).toBe('1 av 3 bilder laddas upp.');
    expect(translate('en', 'publishDialog.photosUpload', { toUpload: 1, total: 1 })).toBe('1 of 1 photo will be uploaded.');
    expect(translate('sv', 'photoLibrary.count', { count: 10_000 })).toBe('10\u00a0000 bilder');
    expect(translate('en', 'photoLibrary.count', { count: 10_000 })).toBe('10,000 photos');
  });

  it('agrees two counts in one sentence', () => {
    expect(translate('sv', 'checklist.summary', { errors: 1, warnings: 1 })).toBe('1 fel och 1 varning');
    expect(translate('sv', 'checklist.summary', { errors: 2, warnings: 3 })).toBe('2 fel och 3 varningar');
    expect(translate('en', 'checklist.summary', { errors: 1, warnings: 2 })).toBe('1 error and 2 warnings');
    expect(translate('en', 'checklist.summary', { errors: 2, warnings: 1 })).toBe('2 errors and 1 warning');
  });

  it('says "1 varning", "1 rad", "1 artikel" where a single one is meant', () => {
    expect(translate('sv', 'publishDialog.checklistWarnings', { count: 1 })).toBe('Checklistan har 1 varning att väga in.');
    expect(translate('en', 'publishDialog.checklistBlocked', { count: 1 })).toBe('The checklist shows 1 error. Fix it before publishing; click the error to go to it.');
    expect(translate('sv', 'report.done', { fileName: 'bildkrediter.csv', rows: 1 })).toBe('Kreditrapporten bildkrediter.csv är nedladdad, med 1 rad.');
    expect(translate('sv', 'trash.confirmBody', { count: 1 })).toBe('1 artikel raderas för alltid. Det går inte att ångra.');
    expect(translate('en', 'article.words', { count: 1 })).toBe('1 word');
    expect(translate('sv', 'article.words', { count: 1904 })).toBe('1\u00a0904 ord');
    expect(translate('sv', 'database.recovered', { count: 1, file: 'spalt-recovered-2026-12-06.sqlite' })).toBe(
      '1 artikel är räddad till spalt-recovered-2026-12-06.sqlite. Den skadade filen är orörd.',
    );
  });
});
