/**
 * What the handbook says about proxies and the newsroom's certificates, checked on Spalt's own
 * WordPress client under Node (as browser mode runs it): NODE_EXTRA_CA_CERTS makes a
 * certificate of the newsroom's own trusted, and HTTPS_PROXY / HTTP_PROXY are not used.
 * Each case runs in a Node process of its own, since both are read when Node starts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { freePort } from '../wordpress/processes';
import { useTempDir } from '../support/temp-dir';

const run = promisify(execFile);
const tempDir = useTempDir('spalt-net-env-');
const child = join(import.meta.dirname, '..', 'support', 'wordpress-me-child.ts');
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Spalt's client in a fresh Node with `env` added, asking `address` who is logged in. */
async function whoAmI(address: string, env: Record<string, string>): Promise<unknown> {
  const clean = { ...process.env };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy', 'NO_PROXY', 'no_proxy'])
    delete clean[name];
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, address], { env: { ...clean, ...env } });
  return JSON.parse(stdout.trim());
}

it('trusts a certificate of the newsroom’s own only when NODE_EXTRA_CA_CERTS names it', async () => {
  const dir = tempDir();
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'redaktionen.pem');
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
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const site = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ id: 7, name: 'Anna Lind', roles: ['editor'] }));
  });
  const address = `https://127.0.0.1:${await listen(site)}`;

  expect(await whoAmI(address, {})).toEqual({ code: 'wp_tls_failed', reason: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  expect(await whoAmI(address, { NODE_EXTRA_CA_CERTS: cert })).toEqual({ ok: 'Anna Lind' });
});

it('goes straight to the site, never through HTTPS_PROXY or HTTP_PROXY', async () => {
  const seen: string[] = [];
  const proxy = createHttpServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ id: 1, name: 'Proxyn', roles: [] }));
  });
  proxy.on('connect', (request, socket) => {
    seen.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  const proxyAddress = `http://127.0.0.1:${await listen(proxy)}`;
  // Nothing listens here: a client that used the proxy would get the proxy's answer instead.
  const address = `http://127.0.0.1:${await freePort()}`;

  const outcome = await whoAmI(address, { HTTPS_PROXY: proxyAddress, HTTP_PROXY: proxyAddress });
  expect(outcome).toEqual({ code: 'wp_unreachable', reason: 'ECONNREFUSED' });
  expect(seen).toEqual([]);
});
