import { describe, expect, it } from 'vitest';
import { photoIdsInBody } from '../../shared/document/photo-ids';
import { sniffFormat } from '../../main/media/renditions';
import { decodeXmlEntities, isCameraBoilerplate, plainText, repairUtf8 } from '../../main/media/text';
import { factBox, p, photo } from '../fixtures/seeds/build';

describe('photo ids in a body', () => {
  it('finds photo blocks at any depth, in order, once each, and nothing else', () => {
    const nested = { type: 'live-update', version: 1, children: [photo({ photoId: 'c', alt: 'C', credit: '' }), p('text')] };
    const body = {
      root: {
        type: 'root',
        version: 1,
        children: [
          photo({ photoId: 'a', alt: 'A', credit: '' }),
          p('Brödtext'),
          nested,
          factBox('Fakta', ['photoId']),
          photo({ photoId: 'a', alt: 'A igen', credit: '' }),
          { type: 'photo', version: 1, src: 'https://example.com/x.jpg', photoId: null },
          photo({ photoId: 'b', alt: 'B', credit: '' }),
        ],
      },
    };
    expect(photoIdsInBody(body)).toEqual(['a', 'c', 'b']);
    expect(photoIdsInBody(null)).toEqual([]);
    expect(photoIdsInBody({ root: { type: 'root', children: 'nonsense' } })).toEqual([]);
  });
});

describe('text from image files', () => {
  it('removes control characters and bidi overrides, collapses whitespace, caps the length', () => {
    expect(plainText('  Bild\u0007text\u001b[0m\r\n med\ttabb \u202eevil\u202c ', 100)).toBe('Bildtext[0m med tabb evil');
    expect(plainText('<script>alert(1)</script>', 100)).toBe('<script>alert(1)</script>');
    expect(plainText('å'.repeat(10), 4)).toBe('åååå');
    // A cut never leaves half of a surrogate pair.
    expect(plainText('ab😀', 3)).toBe('ab');
  });

  it('reads UTF-8 that arrived as Latin-1, and leaves real Latin-1 alone', () => {
    expect(repairUtf8('LÃ¤nstidningen')).toBe('Länstidningen');
    expect(repairUtf8('L\u00e4nstidningen')).toBe('L\u00e4nstidningen');
    expect(repairUtf8('Södertälje')).toBe('Södertälje');
    expect(repairUtf8('plain')).toBe('plain');
  });

  it('decodes XML entities once, into characters and never into markup that runs', () => {
    expect(decodeXmlEntities('&lt;b&gt;fet&lt;/b&gt; &amp;amp; &#229;&#xE4;')).toBe('<b>fet</b> &amp; åä');
    expect(decodeXmlEntities('&#x110000; &bogus;')).toBe('&#x110000; &bogus;');
  });

  it('knows the captions cameras write by themselves', () => {
    for (const text of ['OLYMPUS DIGITAL CAMERA', 'SONY DSC', 'DIGITAL CAMERA', 'Default', '  ', 'Created with GIMP']) {
      expect(isCameraBoilerplate(text)).toBe(true);
    }
    expect(isCameraBoilerplate('Olympus-skolan i Södertälje')).toBe(false);
  });
});

describe('sniffing', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it('goes by magic bytes only', () => {
    expect(sniffFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffFormat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffFormat(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('webp');
    expect(sniffFormat(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffFormat(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(sniffFormat(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffFormat(new TextEncoder().encode('II*\u0000'))).toBeNull();
    expect(sniffFormat(bytes())).toBeNull();
  });
});
