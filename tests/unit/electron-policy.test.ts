import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appFileSegments,
  isAppUrl,
  isNavigationAllowed,
  isTrustedSenderUrl,
  shouldOpenExternally,
  windowWebPreferences,
} from '../../main/electron/policy';

describe('desktop window policy', () => {
  it('imports nothing, so it runs under Node and inside the sandboxed preload', () => {
    const source = readFileSync(new URL('../../main/electron/policy.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });

  it('sets the webPreferences that keep the renderer sandboxed and isolated', () => {
    expect(windowWebPreferences('/app/dist/electron/preload.cjs')).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('lets the window move only between the app’s own pages', () => {
    expect(appEntryUrl).toBe('spalt://app/index.html');
    expect(isNavigationAllowed('spalt://app/index.html')).toBe(true);
    expect(isNavigationAllowed('spalt://app/index.html#/article/1')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'spalt://evil/index.html',
      'spalt://app.evil.com/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
    ]) {
      expect(isNavigationAllowed(url), url).toBe(false);
    }
  });

  it('opens only plain web links in the system browser', () => {
    expect(shouldOpenExternally('https://www.example.se/nyheter/1')).toBe(true);
    expect(shouldOpenExternally('http://example.se/')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'file:///etc/passwd',
      'smb://server/share',
      'mailto:red@example.se',
      'spalt://app/index.html',
      'data:text/html,hi',
      'vbscript:msgbox',
      'https://user:secret@example.se/',
      'not a url',
    ]) {
      expect(shouldOpenExternally(url), url).toBe(false);
    }
  });

  it('answers IPC only for frames that show the app', () => {
    expect(isTrustedSenderUrl('spalt://app/index.html')).toBe(true);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl('about:blank')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
    expect(isAppUrl('spalt://other/index.html')).toBe(false);
  });

  it('serves files inside the renderer folder and refuses every way out of it', () => {
    expect(appFileSegments('spalt://app/')).toEqual([]);
    expect(appFileSegments('spalt://app/index.html')).toEqual(['index.html']);
    expect(appFileSegments('spalt://app/assets/index-abc.js?v=1#x')).toEqual(['assets', 'index-abc.js']);
    expect(appFileSegments('spalt://app/assets/r%C3%B6d.svg')).toEqual(['assets', 'röd.svg']);
    // The URL parser already resolves plain and %2e dot segments, so they cannot climb out.
    expect(appFileSegments('spalt://app/../../etc/passwd')).toEqual(['etc', 'passwd']);
    expect(appFileSegments('spalt://app/%2e%2e/%2e%2e/etc/passwd')).toEqual(['etc', 'passwd']);
    for (const url of [
      'spalt://app/..%2f..%2fetc%2fpasswd',
      'spalt://app/assets%2f..%2f..%2fsecret',
      'spalt://app/..%5c..%5cwindows%5cwin.ini',
      'spalt://app/index.html%00.png',
      'spalt://app/C%3A/Windows/win.ini',
      'spalt://app/%E0%A4%A',
      'spalt://other/index.html',
      'file:///etc/passwd',
      'https://example.com/index.html',
    ]) {
      expect(appFileSegments(url), url).toBeNull();
    }
  });
});
