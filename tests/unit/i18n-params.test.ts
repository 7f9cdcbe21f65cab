import { describe, expect, it } from 'vitest';
import { SpaltError } from '../../shared/errors';
import { phrase, translate, translations } from '../../shared/i18n';
import { builtKey } from '../../shared/i18n/built-keys';
import { defineArea } from '../../shared/i18n/message';

/*
 * The parameters are read from the Swedish text by the compiler: each line marked
 * @ts-expect-error is a call tsc -b refuses (and the mark itself fails tsc once it is not).
 */
describe('parameters typed from the Swedish text', () => {
  it('takes a count as a number and fills in text parameters', () => {
    expect(translate('sv', 'library.count', { count: 3 })).toBe('3 artiklar');
    expect(translate('en', 'library.noResults', { query: 'Hall' })).toBe('No articles match “Hall”.');
    expect(translations('trash.restored', { title: 'Hallen' })).toEqual({
      sv: '”Hallen” är återställd.',
      en: '“Hallen” has been restored.',
    });
    expect(translate('sv', 'library.heading')).toBe('Artiklar');
  });

  it('refuses at compile time a wrong, missing or extra parameter, a count that is text, and a key that does not exist', () => {
    // @ts-expect-error {name} is no parameter of "{count} artiklar"
    expect(translate('sv', 'library.count', { name: 'x' })).toBe('{count} artiklar');
    // @ts-expect-error {count} is missing
    expect(translate('sv', 'library.count')).toBe('{count} artiklar');
    // @ts-expect-error a count is a number
    expect(translate('sv', 'library.count', { count: '3' })).toBe('3 artiklar');
    // @ts-expect-error "Artiklar" takes no parameters
    expect(translate('sv', 'library.heading', { title: 'x' })).toBe('Artiklar');
    // @ts-expect-error no such key
    expect(() => translate('sv', 'library.nosuchkey')).toThrow();
  });

  it('asks for both halves of a value that differs by language, {roleSv} and {roleEn}', () => {
    const details = { address: 'tidningen.se', roleSv: 'Medarbetare', roleEn: 'Contributor' };
    expect(translations('error.wp_cannot_publish', details).en).toContain('(Contributor)');
    // @ts-expect-error {roleEn} is missing: English would show it as it stands
    expect(translations('error.wp_cannot_publish', { address: 'tidningen.se', roleSv: 'Medarbetare' }).en).toContain('{roleEn}');
  });

  it('checks an error’s details against its message, and lets them carry more', () => {
    expect(new SpaltError('photo_empty', { fileName: 'tom.jpg' }).messages.sv).toBe(
      '”tom.jpg” är tom (0 byte). Välj bildfilen igen, eller hämta den på nytt.',
    );
    expect(new SpaltError('not_found', { id: 'a1' }).details).toEqual({ id: 'a1' });
    // @ts-expect-error {fileName} is missing
    expect(new SpaltError('photo_empty').messages.sv).toContain('{fileName}');
    // @ts-expect-error {seconds} is missing
    expect(new SpaltError('wp_timeout', { address: 'tidningen.se' }).messages.en).toContain('{seconds}');
  });

  it('builds a key of a family only from a value that has one', () => {
    expect(translate('en', builtKey('kind.', 'opinion'))).toBe('Opinion');
    // @ts-expect-error "column" is no article kind
    expect(builtKey('kind.', 'column')).toBe('kind.column');
    // @ts-expect-error "layout." is no declared family
    expect(builtKey('layout.', 'x')).toBe('layout.x');
  });

  it('checks a phrase where it is made', () => {
    expect(phrase('save.saved', { time: '13:18' })).toEqual({ key: 'save.saved', params: { time: '13:18' } });
    // @ts-expect-error {time} is missing
    expect(phrase('save.saved')).toEqual({ key: 'save.saved' });
  });

  it('holds English to the Swedish parameters and counts', () => {
    const area = defineArea({
      'probe.same': { sv: 'Hej {name}', en: 'Hello {name}' },
      // @ts-expect-error English names another parameter
      'probe.renamed': { sv: 'Hej {name}', en: 'Hello {nmae}' },
      'probe.counts': {
        sv: { one: '{count} bild', other: '{count} bilder' },
        // @ts-expect-error English shows the count without forms, so it is no count there
        en: '{count} photos',
      },
    });
    expect(Object.keys(area)).toEqual(['probe.same', 'probe.renamed', 'probe.counts']);
  });
});
