import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Database } from 'better-sqlite3';
import { BrowserWindow, protocol, session, shell, type Session } from 'electron';
import { contentSecurityPolicy } from '../csp';
import { isMediaPath, mediaCacheControl, mediaFile } from '../media/serve';
import {
  appEntryUrl,
  appFileSegments,
  appScheme,
  isAppUrl,
  isNavigationAllowed,
  shouldOpenExternally,
  windowWebPreferences,
} from './policy';
import { minimumWindowSize, type WindowState } from './window-state';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Must run before the app is ready: Chromium fixes its scheme list at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' } });
}

/** Picks the file for a request; unknown paths without an extension are app routes. */
async function fileFor(rendererDir: string, url: string): Promise<{ path: string } | 'refused' | 'missing'> {
  const segments = appFileSegments(url);
  if (segments === null) return 'refused';
  const root = resolve(rendererDir);
  const file = resolve(root, ...segments);
  // Defence in depth: the segments are already clean, but the file must stay inside the root.
  if (file !== root && !file.startsWith(root + sep)) return 'refused';
  if (await isFile(file)) return { path: file };
  const last = segments.at(-1) ?? '';
  return last.includes('.') ? 'missing' : { path: join(root, 'index.html') };
}

/** Where the photo library's renditions come from: the core's database and profile folder. */
export interface MediaSource {
  db: Database;
  dataDir: string;
}

/** A photo rendition at spalt://app/media/photos/<id>/<thumb|web>, as browser mode serves it. */
async function mediaResponse(media: MediaSource, pathname: string, head: boolean): Promise<Response> {
  const found = mediaFile(media.db, media.dataDir, pathname);
  if (!found || !(await isFile(found.file))) return plain(404, 'Bilden finns inte.');
  const body = head ? null : new Uint8Array(await readFile(found.file));
  return new Response(body, {
    status: 200,
    headers: { ...securityHeaders, 'content-type': found.contentType, 'cache-control': mediaCacheControl },
  });
}

/** Serves the built renderer (dist/renderer) as spalt://app/..., with the app's CSP, and photos. */
export function serveRenderer(rendererDir: string, media?: MediaSource): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const { pathname } = new URL(request.url);
    if (media && isAppUrl(request.url) && isMediaPath(pathname)) return mediaResponse(media, pathname, request.method === 'HEAD');
    const found = await fileFor(rendererDir, request.url);
    if (found === 'refused') return plain(403, 'Forbidden');
    if (found === 'missing' || !(await isFile(found.path))) {
      return plain(404, 'Spalts gränssnitt saknas. Kör: npm run build\nThe Spalt interface is missing. Run: npm run build');
    }
    const body = await readFile(found.path);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...securityHeaders,
        'content-type': contentTypes[extname(found.path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      },
    });
  });
}

/** Nothing the app does needs a browser permission, so none is ever granted. */
export function denyAllPermissions(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

function setSpellCheckLanguages(target: Session): void {
  // macOS uses the system spell checker and ignores this list.
  if (process.platform === 'darwin') return;
  const wanted = ['sv-SE', 'sv', 'en-US'];
  const available = new Set(target.availableSpellCheckerLanguages);
  const languages = wanted.filter((language) => available.has(language));
  if (languages.length > 0) target.setSpellCheckerLanguages(languages);
}

export interface WindowOptions {
  /** The folder holding package.json and dist/. */
  appRoot: string;
  title: string;
  /** Where it opens, and whether maximised (window-state.ts). */
  state: WindowState;
}

/** The one window: sandboxed, isolated, never leaving the app's own pages. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    webPreferences: windowWebPreferences(join(options.appRoot, 'dist', 'electron', 'preload.cjs')),
  });
  const contents = window.webContents;
  setSpellCheckLanguages(contents.session);

  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (shouldOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  if (options.state.maximised) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}
