import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normalizeLinkUrl } from '../../shared/url-policy';
import { bodyPlainText } from '../../shared/document/plain-text';
import { textStats } from '../../shared/document/text-stats';
import { formattedBody } from '../support/bodies';

describe('links', () => {
  it.each(['https://lokaltidning.se/nyheter', 'http://example.se', 'mailto:tips@lokaltidning.se'])('allow %s', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'ftp://example.se',
    'https://',
    'mailto:',
    '',
    'lokaltidning.se nyheter',
  ])('refuse %s', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false);
  });

  it('complete a bare address or e-mail address the way people type them', () => {
    expect(normalizeLinkUrl(' lokaltidning.se/nyheter ')).toBe('https://lokaltidning.se/nyheter');
    expect(normalizeLinkUrl('tips@lokaltidning.se')).toBe('mailto:tips@lokaltidning.se');
    expect(normalizeLinkUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});

describe('body text', () => {
  it('reads a body through the real node classes, one line per block', () => {
    expect(bodyPlainText(formattedBody()).split('\n').filter(Boolean)).toEqual([
      'Vid lunchtid mottog SOS Alarm ett samtal från Södertälje.',
      'Ingen brottsmisstanke',
      'polis',
      'ambulanshelikopter',
      'Läs mer hos Kriminalvården',
      'Skadeläget är oklart',
    ]);
  });

  it('counts words and characters as a newsroom does', () => {
    expect(textStats('Stor insats vid anstalten Hall i Södertälje')).toEqual({ words: 7, characters: 43 });
    expect(textStats('– Av erfarenhet har man sett, säger Stina Hermansson.')).toMatchObject({ words: 8 });
    expect(textStats('EU-samarbete, 70 år')).toMatchObject({ words: 3 });
    expect(textStats('')).toEqual({ words: 0, characters: 0 });
  });
});
