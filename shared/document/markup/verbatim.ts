import { Parser } from 'htmlparser2';
import { addressesInAttribute, urlAttributes } from '../../url-policy';

/** Markup a block keeps verbatim: where it points, and what a reader sees of it. */

const cssUrl = /url\(\s*(['"]?)([\s\S]*?)\1\s*\)/gi;

/** Every address inside markup: URL attributes, and url(…) in style attributes and style elements. */
export function markupAddresses(markup: string): string[] {
  const found: string[] = [];
  const fromCss = (css: string) => {
    for (const match of css.matchAll(cssUrl)) found.push(match[2] ?? '');
  };
  let inStyle = 0;
  const parser = new Parser(
    {
      onattribute(name, value) {
        if (urlAttributes.has(name)) found.push(...addressesInAttribute(name, value));
        else if (name === 'style') fromCss(value);
      },
      onopentagname(name) {
        if (name === 'style') inStyle += 1;
      },
      onclosetag(name) {
        if (name === 'style') inStyle = Math.max(0, inStyle - 1);
      },
      ontext(text) {
        if (inStyle > 0) fromCss(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(markup);
  parser.end();
  return found;
}

/** What a reader would see of markup: its text, without scripts and styles. */
export function markupText(markup: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') hidden += 1;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') hidden = Math.max(0, hidden - 1);
      },
      ontext(chunk) {
        if (hidden === 0) text += chunk;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(markup);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}
