import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { photoLimits } from '../../shared/article/photo';
import type { ErrorCode } from '../../shared/errors';
import { fromWireJson, toWireJson } from '../../shared/wire';
import { SpaltError } from '../../shared/errors';
import type { Core } from '../core';
import { contentSecurityPolicy } from '../csp';
import { dispatch } from '../dispatch';
import { oversizedImport } from '../media/import';
import { isMediaPath, sendMedia } from '../media/serve';
import { checkRequest, tokenCookie, type Refusal } from './guard';
import { serveRenderer } from './static';

export interface BrowserModeOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface BrowserModeServer {
  origin: string;
  /** The address to open, carrying the per-launch token. */
  url: string;
  token: string;
  close: () => Promise<void>;
}

/** A photo at the import limit, base64-encoded, with room to spare. */
const maxBodyBytes = Math.ceil((photoLimits.fileBytes * 4) / 3) + 1024 * 1024;

const statusForCode: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unknown_operation: 404,
  not_found: 404,
  photo_not_found: 404,
  photo_too_large: 413,
  photo_empty: 422,
  photo_unsupported: 422,
  photo_damaged: 422,
  photo_too_many_pixels: 422,
  conflict: 409,
  forbidden: 403,
  database_unreadable: 500,
  database_too_new: 500,
  database_damaged: 503,
  database_recovery_failed: 500,
  internal: 500,
};

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(toWireJson(body));
}

function refuse(res: ServerResponse, reason: Refusal): void {
  sendJson(res, 403, { ok: false, error: new SpaltError('forbidden', { reason }).toValue() });
}

async function readJson(req: IncomingMessage, operation: string): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  let start = '';
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) {
      // Read on without keeping it, so the client gets the answer rather than a broken pipe.
      if (start === '') start = (chunks[0] ?? (chunk as Buffer)).subarray(0, 4096).toString('utf8');
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk as Buffer);
  }
  if (size > maxBodyBytes) {
    if (operation === 'photos.import') throw oversizedImport(start, size);
    throw new SpaltError('invalid_input', { details: 'request body too large' });
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return fromWireJson(text);
  } catch {
    throw new SpaltError('invalid_input', { details: 'request body is not JSON' });
  }
}

/** The HTTP adapter for browser mode: the same core and contract as the desktop app. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  const eventStreams = new Set<ServerResponse>();
  let port = options.port;
  const { dataDir } = await core.handlers['app.info']({});

  const offEvents = core.events.onAny((name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  async function invoke(name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let input: unknown;
    try {
      input = await readJson(req, name);
    } catch (error) {
      const value = (error as SpaltError).toValue();
      sendJson(res, statusForCode[value.code] ?? 400, { ok: false, error: value });
      return;
    }
    const result = await dispatch(core.handlers, name, input);
    sendJson(res, result.ok ? 200 : (statusForCode[result.error.code] ?? 500), result);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': spalt\n\n');
    eventStreams.add(res);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 20_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
    });
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const queryToken = req.method === 'GET' ? url.searchParams.get('token') : null;
    const refusal = checkRequest(req, port, token, queryToken);
    if (refusal) {
      refuse(res, refusal);
      return;
    }
    if (queryToken !== null) {
      // Trade the token in the address for a cookie, so it leaves the address bar and history.
      url.searchParams.delete('token');
      res.writeHead(303, {
        'set-cookie': `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: url.pathname + url.search,
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/api/invoke/')) {
      void invoke(decodeURIComponent(url.pathname.slice('/api/invoke/'.length)), req, res);
    } else if (url.pathname === '/api/events') {
      openEventStream(req, res);
    } else if (isMediaPath(url.pathname)) {
      sendMedia(core.db, dataDir, url.pathname, req, res);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      serveRenderer(options.rendererDir, url.pathname, res);
    } else {
      res.writeHead(405).end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        offEvents();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
