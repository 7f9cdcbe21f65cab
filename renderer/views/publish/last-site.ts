/** The site last published to, remembered in this browser profile so the dialog starts there. */
const key = 'spalt.publish.lastSite';

export function lastSiteId(): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function rememberSite(siteId: string): void {
  try {
    window.localStorage.setItem(key, siteId);
  } catch {
    // Storage can be off (private mode); the dialog then starts with the first site.
  }
}
