import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';

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

/** A percent-decoded path, or null when its escapes are malformed (such as `%E0%A4%A`). */
export function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function fileIn(root: string, relativePath: string): string | null {
  const relative = normalize(relativePath).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * The built renderer's files under assets/ never change under their name (the build puts a
 * hash of the content in it): each is read once and then sent from memory in one write, so a
 * page load costs the server no file reads and few turns of its loop.
 */
const heldAssets = new Map<string, Buffer>();

function heldAsset(root: string, file: string): Buffer | null {
  if (!file.startsWith(join(root, 'assets') + sep) || file.endsWith('.map')) return null;
  let data = heldAssets.get(file);
  if (!data) {
    try {
      data = readFileSync(file);
    } catch {
      return null;
    }
    heldAssets.set(file, data);
  }
  return data;
}

/**
 * Serves the built renderer; any path that is not a file gets the app's index.html, with what
 * `inPage` gives (see start-data.ts) at the end of its body: the page up to there goes out
 * first, so the browser fetches the scripts while the rest is made (module scripts run only
 * once the whole page is in).
 */
export async function serveRenderer(root: string, urlPath: string, res: ServerResponse, inPage?: () => Promise<string>): Promise<void> {
  const decoded = decodePath(urlPath);
  if (decoded === null) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      'Adressen är felaktig. Öppna Spalt via adressen som skrevs ut när Spalt startade.\nThe address is malformed. Open Spalt through the address printed when it started.\n',
    );
    return;
  }
  const file = fileIn(root, decoded) ?? fileIn(root, 'index.html');
  if (!file) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Spalts gränssnitt är inte byggt. Kör: npm run build:renderer\n');
    return;
  }
  const isIndex = file.endsWith(`${sep}index.html`);
  if (isIndex && inPage) {
    const html = readFileSync(file, 'utf8');
    const end = html.includes('</body>') ? html.lastIndexOf('</body>') : html.length;
    res.writeHead(200, { 'content-type': contentTypes['.html'], 'cache-control': 'no-store' });
    res.write(html.slice(0, end));
    res.end(`${await inPage()}${html.slice(end)}`);
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  const held = isIndex ? null : heldAsset(root, file);
  if (held) {
    res.end(held);
    return;
  }
  // A file removed between the check and the read ends this answer, not the process.
  pipeline(createReadStream(file), res, () => undefined);
}
