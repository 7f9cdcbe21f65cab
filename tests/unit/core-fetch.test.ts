/**
 * The fetch the core is given carries every WordPress request: the desktop app gives it
 * Electron's net.fetch, so the system's proxies and certificates apply to testing a site, to the
 * publish dialog and the outbox alike.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-core-fetch-');
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A site that answers nothing Spalt can use, counting the requests that reach it. */
async function bareSite(): Promise<{ address: string; reached: () => number }> {
  let reached = 0;
  const server = createServer((_request, response) => {
    reached += 1;
    response.writeHead(404, { 'content-type': 'text/plain' }).end('nothing here');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { address: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, reached: () => reached };
}

describe('the core’s fetch', () => {
  it('carries the site test and the publish dialog’s requests', async () => {
    const site = await bareSite();
    const seen: string[] = [];
    const core = createCore({
      dataDir: tempDir(),
      version: 'test',
      outbox: { worker: false },
      fetch: (input, init) => {
        seen.push(new URL(input).origin);
        return fetch(input, init);
      },
    });
    try {
      await expect(
        core.handlers['sites.test']({ address: site.address, username: 'anna', password: 'Xk4p Qz9w Lm2n Rt7v' }),
      ).rejects.toThrow();
      const tested = seen.length;
      expect(tested).toBeGreaterThan(0);

      const saved = await core.handlers['sites.save']({
        name: 'Lokal',
        address: site.address,
        username: 'anna',
        password: 'Xk4p Qz9w Lm2n Rt7v',
      });
      const article = await core.handlers['articles.create']({ kind: 'news' });
      // The dialog reports what the site could not tell; the requests are what count here.
      await core.handlers['publish.options']({ articleId: article.id, siteId: saved.id }).catch(() => undefined);
      expect(seen.length).toBeGreaterThan(tested);

      expect(new Set(seen)).toEqual(new Set([site.address]));
      // Every request the site received came through the given fetch (the last ones may still be on the way).
      await expect.poll(() => site.reached() - seen.length).toBe(0);
    } finally {
      core.close();
    }
  });
});
