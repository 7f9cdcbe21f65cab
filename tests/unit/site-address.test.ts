import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SpaltError } from '../../shared/errors';
import { normaliseSiteAddress } from '../../shared/publish/address';

function refusal(typed: string): SpaltError {
  try {
    normaliseSiteAddress(typed);
  } catch (error) {
    expect(error).toBeInstanceOf(SpaltError);
    return error as SpaltError;
  }
  throw new Error(`"${typed}" was accepted`);
}

describe('a site address as typed', () => {
  it.each([
    ['tidningen.se', 'https://tidningen.se'],
    ['  Tidningen.SE/  ', 'https://tidningen.se'],
    ['https://www.tidningen.se/', 'https://www.tidningen.se'],
    ['https://tidningen.se/nyheter//', 'https://tidningen.se/nyheter'],
    ['https://tidningen.se/wp-admin/', 'https://tidningen.se'],
    ['https://tidningen.se/blogg/wp-admin/post-new.php', 'https://tidningen.se/blogg'],
    ['https://tidningen.se/wp-login.php', 'https://tidningen.se'],
    ['https://tidningen.se/wp-json/wp/v2/posts', 'https://tidningen.se'],
    ['https://tidningen.se:8443', 'https://tidningen.se:8443'],
    ['https://tidningen.se/?p=12#kommentarer', 'https://tidningen.se'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:38577/', 'http://127.0.0.1:38577'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['http://wordpress.localhost', 'http://wordpress.localhost'],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseSiteAddress(typed)).toBe(expected);
  });

  it('keeps a name with å, ä, ö in the form DNS uses', () => {
    expect(normaliseSiteAddress('södertälje-tidning.se/')).toBe(`https://${domainToASCII('södertälje-tidning.se')}`);
    expect(normaliseSiteAddress('södertälje-tidning.se')).toMatch(/^https:\/\/xn--/);
  });

  it('refuses plain http to another computer, and says to use https', () => {
    const error = refusal('http://tidningen.se/');
    expect(error.code).toBe('site_address_insecure');
    expect(error.messages.sv).toBe(
      'http://tidningen.se/ använder http, som skickar lösenordet okrypterat. WordPress tar bara emot applikationslösenord över https (utom på den här datorn). Skriv adressen med https, till exempel https://tidningen.se.',
    );
    expect(refusal('http://192.168.1.20').code).toBe('site_address_insecure');
  });

  it.each([
    'tidningen',
    'ftp://tidningen.se',
    'https://',
    'https://anna:hemligt@tidningen.se',
    'https://tid ningen.se',
    'mailto:red@tidningen.se',
  ])('refuses "%s" as not a web address', (typed) => {
    const error = refusal(typed);
    expect(error.code).toBe('site_address_invalid');
    expect(error.messages.sv).toContain('är ingen webbadress. Skriv webbplatsens adress, till exempel tidningen.se');
  });
});
