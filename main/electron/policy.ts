/**
 * The desktop window's security decisions as plain functions. No electron and no node:*
 * imports, so they are unit-tested under Node and the sandboxed preload can share the
 * channel names.
 */

export const appScheme = 'spalt';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

export const ipcChannels = {
  invoke: 'spalt:invoke',
  invokeOnExit: 'spalt:invoke-on-exit',
  event: 'spalt:event',
} as const;

/** The subset of Electron's WebPreferences the window sets; every value here is deliberate. */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
}

export function windowWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Spalt checks Swedish itself, offline (renderer/proofing); Electron's would download dictionaries.
    spellcheck: false,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of the app itself (spalt://app/...). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** The window may only move between the app's own pages; everything else is denied. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Links the user clicked that may go to the system browser: plain web pages only. */
export function shouldOpenExternally(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  // Credentials in a link are a phishing pattern, not something a newsroom link needs.
  return parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

/** IPC is answered only for frames showing the app, never for anything that got loaded. */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  return url !== undefined && isAppUrl(url);
}

/**
 * The path segments of a file the app protocol may serve, or null when the request must be
 * refused (another origin, a parent-directory step, an encoded separator, a NUL byte).
 * An empty array means the app's entry page.
 */
export function appFileSegments(url: string): string[] | null {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..') return null;
    if (/[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}
