import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function fileIn(root: string, urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves the built renderer; any path that is not a file gets the app's index.html. */
export function serveRenderer(root: string, urlPath: string, res: ServerResponse): void {
  const file = fileIn(root, urlPath) ?? fileIn(root, 'index.html');
  if (!file) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Spalts gränssnitt är inte byggt. Kör: npm run build:renderer\n');
    return;
  }
  const isIndex = file.endsWith(`${sep}index.html`);
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(res);
}
