/**
 * The handbook (docs/handbok.md, docs/manual.md) quotes Spalt's own error texts and shows the
 * pictures the screenshot test makes: a changed message or a missing picture fails here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../shared/i18n/catalogue';
import { errorCodes, type ErrorCode } from '../../shared/errors';

const docs = join(import.meta.dirname, '..', '..', 'docs');
const handbooks = { sv: 'handbok.md', en: 'manual.md' } as const;

/** The rows of the error tables: | `code` | the message as Spalt's catalogue has it | what to do |. */
function quotedErrors(text: string): Array<{ code: string; quoted: string }> {
  return [...text.matchAll(/^\| `([a-z_]+)` \| (.+?) \| .* \|$/gm)].map((row) => ({ code: row[1]!, quoted: row[2]! }));
}

/** A message with its parameters left as {names}, as the catalogue writes it. */
function template(code: ErrorCode, language: 'sv' | 'en'): unknown {
  return (catalogue as Record<string, Record<'sv' | 'en', unknown>>)[`error.${code}`]?.[language];
}

describe.each(Object.entries(handbooks) as Array<['sv' | 'en', string]>)('the %s handbook', (language, file) => {
  const text = readFileSync(join(docs, file), 'utf8');

  it('quotes every error it lists word for word, and lists the connection errors', () => {
    const rows = quotedErrors(text);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const { code, quoted } of rows) {
      expect(errorCodes, code).toContain(code);
      expect(quoted, code).toBe(template(code as ErrorCode, language));
    }
    const listed = new Set(rows.map((row) => row.code));
    for (const code of [
      'wp_login_failed',
      'wp_app_passwords_off',
      'wp_tls_failed',
      'wp_unreachable',
      'wp_blocked',
      'site_address_insecure',
    ]) {
      expect(listed, code).toContain(code);
    }
  });

  it('shows pictures that the screenshot test made', () => {
    const shown = [...text.matchAll(/!\[[^\]]+\]\((bilder\/[a-z-]+\.png)\)/g)].map((match) => match[1]!);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    for (const picture of shown) expect(existsSync(join(docs, picture)), picture).toBe(true);
  });
});

it('shows every picture in docs/bilder in the Swedish handbook', () => {
  const text = readFileSync(join(docs, handbooks.sv), 'utf8');
  for (const picture of readdirSync(join(docs, 'bilder'))) expect(text, picture).toContain(`(bilder/${picture})`);
});

describe('the handbook the Help menu opens', () => {
  it('is docs/handbok.md rendered whole, with every picture it shows beside it', async () => {
    const { renderHandbook } = await import('../../main/electron/handbook.mjs');
    const html = readFileSync(join(docs, 'handbok.html'), 'utf8');
    expect(html, 'docs/handbok.html is older than docs/handbok.md: run npm run build:handbook').toBe(
      renderHandbook(readFileSync(join(docs, 'handbok.md'), 'utf8')),
    );
    const pictures = [...html.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]!);
    expect(pictures.length).toBeGreaterThanOrEqual(5);
    for (const picture of pictures) expect(existsSync(join(docs, picture)), picture).toBe(true);
    expect(html).toContain('<h2');
    expect(html).not.toContain('](bilder/');
  });
});
