/**
 * The handbook the Help menu opens: docs/handbok.md rendered to docs/handbok.html with marked,
 * so the desktop app shows the whole manual (its pictures beside it in docs/bilder) and not a
 * summary kept by hand. `npm run build:handbook` writes it; a unit test fails when the HTML is
 * older than the Markdown. Runs as a plain Node script, as the packaging does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

export const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

const style = `
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; background: #fff; }
  h1, h2, h3 { color: #17324d; line-height: 1.25; }
  img { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 4px; }
  table { border-collapse: collapse; }
  th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.75rem 0.25rem 0; border-bottom: 1px solid #d0d7de; }
  code, kbd { font: 0.95em ui-monospace, monospace; }
  kbd { border: 1px solid #8c959f; border-radius: 4px; padding: 0 0.3em; }
  @media (prefers-color-scheme: dark) {
    body { background: #16191d; color: #e6e8eb; }
    h1, h2, h3 { color: #a9c8ea; }
    a { color: #8cb8ff; }
    th, td, img { border-color: #3a4048; }
  }
`;

/** The whole page for the handbook's Markdown. */
export function renderHandbook(markdown) {
  const body = new Marked({ gfm: true }).parse(markdown, { async: false });
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Spalt';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>
<style>${style}</style>
</head>
<body>
${body}</body>
</html>
`;
}

export function writeHandbook() {
  const html = renderHandbook(readFileSync(join(docsDir, 'handbok.md'), 'utf8'));
  writeFileSync(join(docsDir, 'handbok.html'), html);
  return html;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeHandbook();
  console.log(`Handboken skriven / handbook written: ${join(docsDir, 'handbok.html')}`);
}
