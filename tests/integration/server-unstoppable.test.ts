/**
 * No request stops browser mode: crafted addresses and operation names sent to the real
 * `npm run serve` program (its own process, as a user runs it), which must answer each with a
 * typed refusal and go on serving.
 */
import { describe, expect, it } from 'vitest';
import { startSpaltProcess } from '../support/spalt-process';
import { send } from '../support/browser-mode-server';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-unstoppable-');

describe('browser mode as its own process', () => {
  it('answers crafted addresses and operation names with a typed refusal, and keeps running', async () => {
    const spalt = await startSpaltProcess(tempDir());
    try {
      const port = Number(new URL(spalt.origin).port);
      // The browser's way in: the cookie that any page on 127.0.0.1 then sends along, <img> included.
      const traded = await send(port, `/?token=${spalt.token}`);
      const cookie = String(traded.headers['set-cookie']).split(';')[0] ?? '';
      const withCookie = { cookie };
      const call = { ...withCookie, 'content-type': 'application/json' };
      const crafted: Array<[method: string, path: string, headers: Record<string, string>, status: number, code: string]> = [
        ['GET', '/%E0%A4%A', withCookie, 400, ''],
        ['GET', '/%E0%A4%A', {}, 403, 'forbidden'],
        ['GET', '/assets/%', withCookie, 400, ''],
        ['HEAD', '/%C0%AF', withCookie, 400, ''],
        ['POST', '/api/invoke/%E0', call, 404, 'unknown_operation'],
        ['POST', '/api/invoke/articles.list%', call, 404, 'unknown_operation'],
        ['POST', '/api/invoke/%61rticles.list', call, 200, ''],
        ['POST', '/api/invoke/__proto__', call, 404, 'unknown_operation'],
        ['POST', '/api/invoke/constructor', call, 404, 'unknown_operation'],
        ['GET', '/media/photos/%E0/web', withCookie, 404, ''],
        ['GET', '//[', withCookie, 400, 'invalid_input'],
      ];
      for (const [method, path, headers, status, code] of crafted) {
        const reply = await send(port, path, { method, headers, body: method === 'POST' ? '{}' : undefined });
        expect(`${method} ${path}: ${reply.status}`).toBe(`${method} ${path}: ${status}`);
        if (code) expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code } });
        expect(spalt.child.exitCode, `${method} ${path}`).toBeNull();
        const alive = await send(port, '/api/invoke/articles.list', { method: 'POST', headers: call, body: '{}' });
        expect(JSON.parse(alive.body)).toEqual({ ok: true, value: [] });
      }
    } finally {
      await spalt.stop();
    }
  });
});
