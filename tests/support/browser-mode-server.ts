/**
 * Browser mode's HTTP server on a real core for the integration tests (server.test.ts,
 * photo-http.test.ts): a tiny renderer folder, a core on a fresh data folder, the server on a
 * free port of 127.0.0.1, all closed after each test; and plain HTTP requests to it that keep
 * the answer's bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { startBrowserMode, type BrowserModeServer } from '../../main/server/http';
import { useTempDir } from './temp-dir';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
  /** The bytes as UTF-8. */
  body: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Writes the body itself (in pieces, part of it, late) instead of sending `body` whole. */
  write?: (req: ClientRequest) => void;
}

export function send(port: number, path: string, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, body: bytes.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    if (options.write) options.write(req);
    else req.end(options.body);
  });
}

export interface RunningServer {
  core: Core;
  server: BrowserModeServer;
  dataDir: string;
  port: number;
}

/** Call in a test file's top level; `start()` in a test gives a server that closes after it. */
export function useBrowserModeServer(): { start: (renderer?: Record<string, string>) => Promise<RunningServer> } {
  const tempDir = useTempDir();
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const { core, server } of running.splice(0)) {
      await server.close();
      core.close();
    }
  });
  return {
    /** `renderer`: the renderer's files by path, besides an index.html. */
    async start(renderer = {}) {
      const rendererDir = join(tempDir(), 'renderer');
      const files: Record<string, string> = { 'index.html': '<!doctype html><title>Spalt</title><div id="root"></div>', ...renderer };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(rendererDir, path, '..'), { recursive: true });
        writeFileSync(join(rendererDir, path), text);
      }
      const dataDir = tempDir();
      const core = createCore({ dataDir, version: 'test' });
      const server = await startBrowserMode({ core, rendererDir, port: 0 });
      const started = { core, server, dataDir, port: Number(new URL(server.origin).port) };
      running.push(started);
      return started;
    },
  };
}
