import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { send, useBrowserModeServer } from '../support/browser-mode-server';

const harness = useBrowserModeServer();

async function start() {
  const { core, server, port } = await harness.start({ 'assets/app.js': 'console.log("spalt")' });
  const auth = { 'x-spalt-token': server.token };
  const invoke = (name: string, input: unknown, headers: Record<string, string> = auth) =>
    send(port, `/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(input),
    });
  return { core, server, port, auth, invoke };
}

describe('browser mode over HTTP', () => {
  it('listens on 127.0.0.1 only and prints an address that carries the token', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('trades the token in the address for a cookie, then serves the app with a strict CSP', async () => {
    const { server, port } = await start();
    const first = await send(port, `/?token=${server.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');

    const page = await send(port, '/', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses requests without the token, with a wrong one, or from a foreign Host or Origin', async () => {
    const { port, auth, invoke, server } = await start();
    expect((await send(port, '/')).status).toBe(403);
    expect((await invoke('articles.list', {}, {})).status).toBe(403);
    expect((await invoke('articles.list', {}, { 'x-spalt-token': 'x'.repeat(server.token.length) })).status).toBe(403);
    expect((await send(port, '/', { headers: { ...auth, host: `evil.example:${port}` } })).status).toBe(403);
    expect((await send(port, '/', { headers: { ...auth, host: 'localhost:1' } })).status).toBe(403);
    const foreign = await invoke('articles.create', {}, { ...auth, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden', details: { reason: 'origin' } } });
    expect((await invoke('articles.create', {}, { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(JSON.parse((await invoke('articles.list', {})).body)).toEqual({ ok: true, value: [] });
    expect((await invoke('articles.list', {}, { ...auth, origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('answers malformed input with a typed error and keeps serving', async () => {
    const { port, auth, invoke } = await start();
    const notJson = await send(port, '/api/invoke/articles.list', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const wrongShape = await invoke('articles.save', { id: 42, draft: 'text' });
    expect(wrongShape.status).toBe(400);
    const typed = JSON.parse(wrongShape.body) as { error: { code: string; message: { sv: string; en: string } } };
    expect(typed.error.code).toBe('invalid_input');
    expect(typed.error.message.sv).toContain('Uppgifterna kunde inte tas emot');
    expect(typed.error.message.en).toContain('The input could not be accepted');

    expect((await invoke('no.such.operation', {})).status).toBe(404);
    expect((await send(port, '/api/invoke/articles.list', { headers: auth })).status).toBe(405);

    const created = JSON.parse((await invoke('articles.create', { kind: 'news' })).body) as { value: { id: string } };
    const conflict = await invoke('articles.save', {
      id: created.value.id,
      baseRevision: 7,
      draft: {
        kind: 'news',
        kicker: '',
        headline: 'X',
        lead: '',
        bylines: [],
        label: '',
        disclaimer: '',
        sponsor: '',
        body: { root: { type: 'root', version: 1, children: [] } },
      },
    });
    expect(conflict.status).toBe(409);
    expect(JSON.parse(conflict.body)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('shows a page saying which address to open when a browser comes with a stale token', async () => {
    const { port, auth } = await start();
    const stale = {
      cookie: `spalt_token_${port}=from-the-previous-start`,
      accept: 'text/html,application/xhtml+xml',
      'sec-fetch-dest': 'document',
    };
    const page = await send(port, '/', { headers: stale });
    expect(page.status).toBe(403);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Adressen fungerar inte längre</h1>');
    expect(page.body).toContain('Öppna adressen som npm start (eller npm run serve) skrev ut i terminalen');
    expect(page.body).toContain('<h1>This address no longer works</h1>');
    expect(page.body).not.toContain('<script');
    // A call, an event stream or a photo still gets the plain typed refusal.
    const call = await send(port, '/api/invoke/articles.list', {
      method: 'POST',
      headers: { ...stale, 'content-type': 'application/json' },
      body: '{}',
    });
    expect([call.status, JSON.parse(call.body).error.code]).toEqual([403, 'forbidden']);
    expect((await send(port, '/api/events', { headers: stale })).headers['content-type']).toContain('application/json');
    // The page follows the profile's language.
    await send(port, '/api/invoke/settings.update', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"language":"en"}',
    });
    expect((await send(port, '/', { headers: stale })).body).toMatch(
      /^<!doctype html><html lang="en">.*<h1>This address no longer works<\/h1>.*<h1>Adressen fungerar inte längre<\/h1>/s,
    );
  });

  it('lets the new address in past a cookie left from an earlier start, and keeps each port’s cookie apart', async () => {
    const { server, port } = await start();
    const left = `spalt_token_${port}=from-the-previous-start; spalt_token_1=another-spalt`;
    const traded = await send(port, `/?token=${server.token}`, { headers: { cookie: left } });
    expect(traded.status).toBe(303);
    expect(String(traded.headers['set-cookie'])).toMatch(
      new RegExp(`^spalt_token_${port}=${server.token}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    // Another Spalt's cookie on another port is not this one's.
    expect((await send(port, '/', { headers: { cookie: `spalt_token_1=${server.token}` } })).status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { port, auth } = await start();
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fspalt.sqlite']) {
      const reply = await send(port, path, { headers: auth });
      expect(reply.body, path).not.toContain('"name"');
      expect(reply.body, path).not.toContain('SQLite format');
    }
    expect((await send(port, '/assets/app.js', { headers: auth })).body).toBe('console.log("spalt")');
  });

  it('pushes the core’s events to every open event stream', async () => {
    const { port, server, invoke } = await start();
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, 'x-spalt-token': server.token } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('event: article.changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await invoke('articles.create', { kind: 'news', sessionId: 'window-a-0001' });
    expect(await received).toMatch(
      /event: article\.changed\ndata: \{"id":"[0-9a-f-]{36}","change":"created","revision":0,"sessionId":"window-a-0001"\}/,
    );
  });
});
