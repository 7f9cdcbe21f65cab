/**
 * What the client makes of failures WordPress will not produce on demand: closed ports, a
 * server that is not WordPress, rate limits, server errors, a timeout or a dropped connection
 * after the request was sent, redirects, firewalls and bad certificates. Each comes from a
 * real local server started here (none of them pretends to be WordPress), and each must be
 * sorted into retryable, unknown outcome or final, with its Swedish message.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { testConnection } from '../../main/publish/connection';
import { WordPressClient } from '../../main/publish/wordpress/client';
import { WordPressError } from '../../main/publish/wordpress/errors';
import { freePort } from '../wordpress/processes';
import { useTempDir } from '../support/temp-dir';

type Handler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void;

const servers: Server[] = [];
const tempDir = useTempDir('spalt-wp-net-');

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local HTTP server that reads each request whole and hands it to `handle`. */
async function serve(handle: Handler, server: Server = createHttpServer(), scheme = 'http'): Promise<string> {
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks)));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `${scheme}://127.0.0.1:${port}`;
}

function client(address: string, options: { requestMs?: number } = {}): WordPressClient {
  return new WordPressClient({
    address,
    username: 'author',
    password: 'abcd efgh ijkl mnop',
    // Skip discovery: these servers stand in for a site whose REST root is already known.
    restRoot: `${address}/wp-json/`,
    timeouts: { requestMs: options.requestMs ?? 5_000, perMegabyteMs: 0 },
  });
}

async function failure(promise: Promise<unknown>): Promise<WordPressError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WordPressError);
  return error as WordPressError;
}

describe('no answer at all', () => {
  it('says a closed port is unreachable, and that it is worth retrying', async () => {
    const address = `http://127.0.0.1:${await freePort()}`;
    const error = await failure(testConnection(new WordPressClient({ address, username: 'a', password: 'b' }), ''));
    expect(error).toMatchObject({ code: 'wp_unreachable', disposition: 'retryable', status: null, details: { reason: 'ECONNREFUSED' } });
    expect(error.messages.sv).toBe(
      `Spalt når inte ${address} (ECONNREFUSED). Kontrollera adressen och internetanslutningen och försök igen om en stund.`,
    );
    // Nothing was sent, so even a POST may simply be sent again.
    expect((await failure(client(address).createPost({ title: 'x' }))).disposition).toBe('retryable');
  });

  it('says an address that does not exist cannot be looked up', async () => {
    const error = await failure(
      testConnection(new WordPressClient({ address: 'https://tidningen.invalid', username: 'a', password: 'b' }), ''),
    );
    expect(error.code).toBe('wp_host_not_found');
    expect(error.messages.sv).toContain('Adressen tidningen.invalid finns inte');
  });

  it('refuses a certificate it cannot trust, for good', async () => {
    const dir = tempDir();
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=127.0.0.1',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) });
    const address = await serve((_request, response) => response.end('{}'), tls, 'https');
    const error = await failure(testConnection(new WordPressClient({ address, username: 'a', password: 'b' }), ''));
    expect(error).toMatchObject({ code: 'wp_tls_failed', disposition: 'final' });
    expect(error.details.reason).toMatch(/SELF_SIGNED/);
    expect(error.messages.sv).toContain('Spalt kan inte lita på certifikatet');
  });
});

describe('a server that is not WordPress', () => {
  it('says so for an ordinary web page', async () => {
    const address = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html><body>Välkommen till Bageriet</body></html>');
    });
    const error = await failure(testConnection(new WordPressClient({ address, username: 'a', password: 'b' }), ''));
    expect(error).toMatchObject({ code: 'wp_not_wordpress', disposition: 'final' });
    expect(error.messages.sv).toBe(
      `Spalt hittar inget WordPress på ${address}. Kontrollera att adressen går till webbplatsens startsida (till exempel https://tidningen.se) och att webbplatsen kör WordPress.`,
    );
  });

  it('says so for a JSON API that is something else, having tried /wp-json/, ?rest_route= and the home page', async () => {
    const asked: string[] = [];
    const address = await serve((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(request.url === '/' ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end('{"service":"väder","version":2}');
    });
    expect((await failure(testConnection(new WordPressClient({ address, username: 'a', password: 'b' }), ''))).code).toBe(
      'wp_not_wordpress',
    );
    expect(asked).toEqual(['/wp-json/', '/?rest_route=/', '/']);
  });
});

describe('answers worth waiting for', () => {
  it('reads Retry-After in seconds from a 429 and retries', async () => {
    const address = await serve((_request, response) => {
      response.writeHead(429, { 'Retry-After': '7', 'Content-Type': 'application/json' });
      response.end('{"code":"too_many_requests","message":"Slow down","data":{"status":429}}');
    });
    const error = await failure(client(address).createPost({ title: 'x' }));
    expect(error).toMatchObject({ code: 'wp_rate_limited', disposition: 'retryable', retryAfterMs: 7_000, status: 429 });
    expect(error.messages.sv).toBe(`${address} tar emot för många anrop just nu. Vänta en stund och försök igen.`);
  });

  it('reads Retry-After as an HTTP date from a 503 (maintenance), which is retryable even for a POST', async () => {
    const address = await serve((_request, response) => {
      response.writeHead(503, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString(), 'Content-Type': 'text/html' });
      response.end('<h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1>');
    });
    const error = await failure(
      client(address).uploadMedia(new Uint8Array([1, 2, 3]), 'a.jpg', 'image/jpeg', { slug: 'spalt-0123456789abcdef' }),
    );
    expect(error).toMatchObject({ code: 'wp_server_error', disposition: 'retryable', status: 503 });
    expect(error.retryAfterMs).toBeGreaterThan(115_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('treats a 500 or 502 after a POST as an unknown outcome, and after a GET as retryable', async () => {
    let status = 500;
    const address = await serve((_request, response) => {
      response.writeHead(status, { 'Content-Type': 'text/html' });
      response.end('<p>There has been a critical error on this website.</p>');
    });
    const onPost = await failure(client(address).createPost({ title: 'x' }));
    expect(onPost).toMatchObject({ code: 'wp_server_error', disposition: 'unknown_outcome', status: 500 });
    expect(onPost.messages.sv).toContain('svarade med ett serverfel (500)');
    expect((await failure(client(address).getPost(12))).disposition).toBe('retryable');
    status = 502;
    expect((await failure(client(address).updatePost(12, { title: 'y' }))).disposition).toBe('unknown_outcome');
  });
});

describe('a request that may have arrived', () => {
  it('times out: an unknown outcome for a POST, retryable for a GET', async () => {
    const received: string[] = [];
    const address = await serve((request) => {
      received.push(`${request.method} ${request.url}`); // read the whole request, and never answer
    });
    const onPost = await failure(client(address, { requestMs: 300 }).createPost({ title: 'Hänger' }));
    expect(onPost).toMatchObject({ code: 'wp_timeout', disposition: 'unknown_outcome', status: null });
    expect(onPost.messages.sv).toBe(`${address} svarade inte i tid (1 s). Försök igen om en stund.`);
    expect(received).toEqual(['POST /wp-json/wp/v2/posts']);
    expect((await failure(client(address, { requestMs: 300 }).findPostByMarker('spalt-post-0123456789ab'))).disposition).toBe('retryable');
  });

  it('times out while garbage collections run, through a fetch that joins its signal with another (as the outbox does)', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const address = await serve(() => undefined); // never answers
    const stop = new AbortController();
    const joined = new WordPressClient({
      address,
      username: 'author',
      password: 'abcd efgh ijkl mnop',
      restRoot: `${address}/wp-json/`,
      timeouts: { requestMs: 500, perMegabyteMs: 0 },
      // The outbox's worker joins every request's signal with its own stop signal the same way.
      fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.any([init.signal!, stop.signal]) }),
    });
    const collecting = setInterval(collectGarbage, 50);
    const gaveUp = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000).unref());
    try {
      const outcome = await Promise.race([failure(joined.createPost({ title: 'Hänger' })), gaveUp]);
      expect(outcome).toMatchObject({ code: 'wp_timeout', disposition: 'unknown_outcome' });
    } finally {
      clearInterval(collecting);
      stop.abort();
    }
  });

  it('loses the connection after sending: an unknown outcome for a POST', async () => {
    const address = await serve((request) => request.socket.destroy());
    const onPost = await failure(client(address).createPost({ title: 'Avbruten' }));
    expect(onPost).toMatchObject({ code: 'wp_unreachable', disposition: 'unknown_outcome' });
    expect((await failure(client(address).listTags())).disposition).toBe('retryable');
  });
});

describe('final answers from something in front of WordPress', () => {
  it('does not follow a redirect with a POST, and says where the site went', async () => {
    const address = await serve((_request, response) => {
      response.writeHead(301, { Location: 'https://www.tidningen.se/wp-json/wp/v2/posts' });
      response.end();
    });
    const error = await failure(client(address).createPost({ title: 'x' }));
    expect(error).toMatchObject({
      code: 'wp_moved',
      disposition: 'final',
      details: { location: 'https://www.tidningen.se/wp-json/wp/v2/posts' },
    });
  });

  it("quotes a firewall's page title when it refuses", async () => {
    const address = await serve((_request, response) => {
      response.writeHead(403, { 'Content-Type': 'text/html' });
      response.end('<html><head><title>Access denied | Web Application Firewall</title></head><body>Blocked</body></html>');
    });
    const error = await failure(client(address).createPost({ title: 'x' }));
    expect(error).toMatchObject({ code: 'wp_blocked', disposition: 'final', status: 403 });
    expect(error.messages.sv).toBe(
      `${address} stoppade anropet innan det nådde WordPress (”Access denied | Web Application Firewall”). Det brukar vara webbhotellets brandvägg; be administratören släppa fram Spalt.`,
    );
  });
});
