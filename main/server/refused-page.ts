import type { ServerResponse } from 'node:http';
import { translate, type Language } from '../../shared/i18n';

/**
 * What a browser that opens a page with a stale or missing token is shown: a page saying that
 * Spalt was started again and which address to open, rather than a bare refusal. In the
 * profile's language first, then the other. It carries no script and nothing of the request.
 */
function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function sendRefusedPage(res: ServerResponse, language: Language): void {
  const languages: Language[] = language === 'en' ? ['en', 'sv'] : ['sv', 'en'];
  const sections = languages.map(
    (lang) =>
      `<section lang="${lang}"><h1>${escape(translate(lang, 'refused.title'))}</h1><p>${escape(translate(lang, 'refused.body'))}</p></section>`,
  );
  res.writeHead(403, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(
    `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>Spalt: ${escape(translate(language, 'refused.title'))}</title>${sections.join('<hr>')}</html>\n`,
  );
}
