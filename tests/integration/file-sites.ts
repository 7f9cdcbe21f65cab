/** A real WordPress for a whole test file: on its own, or behind the test proxy. */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { CoreOptions } from '../../main/core';
import { startProxy, type Proxy } from '../support/publish-proxy';
import { startWordPress, type WordPressSite } from '../wordpress/site';
import { fileTempDir, startSpalt, type Spalt } from './publish-support';

/**
 * A real WordPress for the whole test file, a folder for its profiles, and the Spalts its
 * tests open (`open`), all closed and removed at the end.
 */
export function wordPressForFile(prefix?: string) {
  let site: WordPressSite | undefined;
  const temp = fileTempDir(prefix);
  const open: Spalt[] = [];
  beforeAll(async () => {
    site = await startWordPress();
  });
  afterAll(async () => {
    for (const spalt of open) spalt.core.close();
    await site?.stop();
    temp.remove();
  });
  return {
    get site(): WordPressSite {
      if (site === undefined) throw new Error('the WordPress of this test file is not started yet');
      return site;
    },
    dir: temp.dir,
    open,
  };
}

/**
 * A real WordPress behind the test proxy for the whole test file (publish-network,
 * publish-reconnect), with the proxy forwarding again after each test. `spalt()` starts an
 * editor's Spalt whose site is the proxy; all of them close at the end.
 */
export function siteBehindProxy() {
  let site: WordPressSite | undefined;
  let proxy: Proxy | undefined;
  const temp = fileTempDir();
  const open: Spalt[] = [];
  beforeAll(async () => {
    site = await startWordPress();
    proxy = await startProxy(site.url);
  });
  afterEach(() => {
    if (!proxy) return;
    proxy.rule = () => 'forward';
    proxy.log.length = 0;
  });
  afterAll(async () => {
    for (const spalt of open) spalt.core.close();
    await proxy?.stop();
    await site?.stop();
    temp.remove();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site behind the proxy is not started yet');
    return value;
  };
  return {
    get site(): WordPressSite {
      return started(site);
    },
    get proxy(): Proxy {
      return started(proxy);
    },
    async spalt(options: Partial<CoreOptions> = {}): Promise<Spalt> {
      const spalt = await startSpalt(
        `${temp.dir}/profile-${open.length + 1}`,
        { url: started(proxy).url, users: started(site).users },
        'editor',
        options,
      );
      open.push(spalt);
      return spalt;
    },
  };
}
