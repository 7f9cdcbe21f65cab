import { describe, expect, it } from 'vitest';
import { translate, type Message } from '../../shared/i18n';
import { catalogue } from '../../shared/i18n/catalogue';
import { countParameter } from '../../shared/i18n/plural';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');

/** Every text a message can become, with the counts that chose it. */
function forms(message: Message, chosenBy: readonly string[] = []): Array<{ text: string; chosenBy: readonly string[] }> {
  if (typeof message === 'string') return [{ text: message, chosenBy }];
  const by = [...chosenBy, countParameter(message)];
  return [...forms(message.one, by), ...forms(message.other, by)];
}

/** A message's counts, read from its shape: the parameters that choose its forms. */
const countsOf = (message: Message) => [...new Set(forms(message).flatMap((form) => form.chosenBy))].sort();

const entries = Object.entries(catalogue);

describe('plural forms', () => {
  it('reads which parameters are counts from the forms, the same in Swedish and English', () => {
    const differ = entries.filter(([, entry]) => countsOf(entry.sv).join() !== countsOf(entry.en).join()).map(([key]) => key);
    expect(differ).toEqual([]);
    expect(countsOf(catalogue['checklist.summary'].sv)).toEqual(['errors', 'warnings']);
    expect(countsOf(catalogue['library.heading'].sv)).toEqual([]);
  });

  it('chooses every form that shows a count by that count, at every level', () => {
    const wrong: string[] = [];
    for (const [key, entry] of entries) {
      for (const language of ['sv', 'en'] as const) {
        const message = entry[language];
        const counts = countsOf(message);
        for (const { text, chosenBy } of forms(message)) {
          const unchosen = placeholders(text).filter((name) => counts.includes(name) && !chosenBy.includes(name));
          if (unchosen.length > 0) wrong.push(`${language} ${key}: {${unchosen.join('}, {')}} shown but not chosen by`);
        }
        // A count no form of the message shows is a typo in `by`.
        const shown = new Set(forms(message).flatMap((form) => placeholders(form.text)));
        for (const count of counts) if (!shown.has(count)) wrong.push(`${language} ${key}: by ${count}, never shown`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives forms to every message that shows {count}, the parameter forms are chosen by unless said otherwise', () => {
    const plain = entries.flatMap(([key, entry]) =>
      (['sv', 'en'] as const)
        .filter((language) =>
          forms(entry[language]).some(({ text, chosenBy }) => placeholders(text).includes('count') && !chosenBy.includes('count')),
        )
        .map((language) => `${language} ${key}`),
    );
    expect(plain).toEqual([]);
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
    expect(translate('sv', 'checklist.summary', { errors: 1904, warnings: 0 })).toBe('1\u00a0904 fel och 0 varningar');
    expect(translate('en', 'checklist.summary', { errors: 1, warnings: 2 })).toBe('1 error and 2 warnings');
    expect(translate('en', 'checklist.summary', { errors: 2, warnings: 1 })).toBe('2 errors and 1 warning');
  });

  it('says "1 varning", "1 rad", "1 artikel" where a single one is meant', () => {
    expect(translate('sv', 'publishDialog.checklistWarnings', { count: 1 })).toBe('Checklistan har 1 varning att väga in.');
    expect(translate('en', 'publishDialog.checklistBlocked', { count: 1 })).toBe(
      'The checklist shows 1 error. Fix it before publishing; click the error to go to it.',
    );
    expect(translate('sv', 'report.done', { fileName: 'bildkrediter.csv', rows: 1 })).toBe(
      'Kreditrapporten bildkrediter.csv är nedladdad, med 1 rad.',
    );
    expect(translate('sv', 'trash.confirmBody', { count: 1 })).toBe('1 artikel raderas för alltid. Det går inte att ångra.');
    expect(translate('en', 'article.words', { count: 1 })).toBe('1 word');
    expect(translate('sv', 'article.words', { count: 1904 })).toBe('1\u00a0904 ord');
  });
});
