import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SpaltError } from '../../shared/errors';
import { unstoppable, type RequestHandler } from '../../main/server/unstoppable';
import { send } from '../support/browser-mode-server';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A real HTTP server on 127.0.0.1 whose handling fails as each path says. */
async function failingServer(logged: string[]): Promise<number> {
  const handle: RequestHandler = async (req, res) => {
    if (req.url === '/throws') throw new TypeError('Cannot read properties of undefined');
    if (req.url === '/rejects') return Promise.reject(new Error('late failure'));
    if (req.url === '/typed') throw new SpaltError('not_found');
    if (req.url === '/half') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('half an answer');
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('failed mid-answer');
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a careless handler might throw
    if (req.url === '/rejects-a-string') throw 'not even an Error';
    res.end('ok');
  };
  const server = createServer(unstoppable(handle, (...parts) => logged.push(parts.map(String).join(' '))));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** How an answer ended: whole, or cut off after what arrived. */
function fetchCutOff(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(`whole: "${text}"`));
      res.on('close', () => resolve(`cut off after "${text}"`));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('one place catches what handling a request throws', () => {
  it('answers each failure, logs the unexpected ones, and keeps serving', async () => {
    const logged: string[] = [];
    const port = await failingServer(logged);
    for (const path of ['/throws', '/rejects', '/rejects-a-string']) {
      const reply = await send(port, path);
      expect(reply.status, path).toBe(500);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(reply.body, path).not.toContain('Cannot read');
    }
    const typed = await send(port, '/typed');
    expect([typed.status, JSON.parse(typed.body).error.code]).toEqual([404, 'not_found']);
    // Headers already sent: the answer is cut off, so the client cannot take it for whole.
    expect(await fetchCutOff(port, '/half')).toBe('cut off after "half an answer"');
    expect((await send(port, '/')).body).toBe('ok');

    expect(logged).toHaveLength(4);
    expect(logged[0]).toContain('GET /throws failed: TypeError: Cannot read properties of undefined');
    expect(logged[1]).toContain('GET /rejects failed: Error: late failure');
    expect(logged[2]).toContain('GET /rejects-a-string failed: not even an Error');
    expect(logged[3]).toContain('GET /half failed: Error: failed mid-answer');
  });
});
