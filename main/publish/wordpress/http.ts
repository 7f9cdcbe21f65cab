/**
 * One HTTP call to WordPress: Basic auth with the Application Password, a timeout on the whole
 * exchange, and every failure turned into a classified WordPressError.
 */
import { Buffer } from 'node:buffer';
import type { z } from 'zod';
import { classifyHttpError, classifyNetworkError, unexpectedAnswer, type CallContext, type HttpAnswer } from './errors';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface Credentials {
  username: string;
  password: string;
}

export interface Timeouts {
  /** For an ordinary call, milliseconds. */
  requestMs: number;
  /** Extra time per megabyte sent, for uploads over a slow connection. */
  perMegabyteMs: number;
}

export const defaultTimeouts: Timeouts = { requestMs: 30_000, perMegabyteMs: 20_000 };

export type Query = Record<string, string | number | boolean | readonly (string | number)[] | undefined>;

export interface CallOptions {
  query?: Query;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with its own content type (uploads). */
  body?: Uint8Array;
  headers?: Record<string, string>;
}

export function basicAuthorization(credentials: Credentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/** The URL of a REST route under a root that is either …/wp-json/ or …/?rest_route=/. */
export function routeUrl(restRoot: string, route: string, query: Query = {}): string {
  const url = new URL(restRoot);
  const path = `/${route.replace(/^\/+/, '')}`;
  if (url.searchParams.has('rest_route')) url.searchParams.set('rest_route', path);
  else url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

export interface Transport {
  credentials: Credentials;
  timeouts: Timeouts;
  fetch: FetchFunction;
}

/** Sends one request and reads the whole answer, within the timeout. Never throws anything but WordPressError. */
export async function exchange(
  transport: Transport,
  url: string,
  method: string,
  options: CallOptions,
  context: CallContext,
): Promise<HttpAnswer & { url: string }> {
  const bytes = options.body?.byteLength ?? 0;
  const timeoutMs = transport.timeouts.requestMs + Math.ceil((bytes / (1024 * 1024)) * transport.timeouts.perMegabyteMs);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: basicAuthorization(transport.credentials),
    ...options.headers,
  };
  let body: RequestInit['body'];
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(options.json);
  } else if (options.body) {
    body = options.body;
  }
  // A timer of our own, not AbortSignal.timeout: Node holds that signal only weakly, so once a
  // caller's fetch joins it with AbortSignal.any (the outbox's worker does), a garbage
  // collection can take it and the request then waits forever.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  try {
    const response = await transport.fetch(url, {
      method,
      headers,
      body,
      // A redirected POST would arrive as a GET: only reads follow redirects.
      redirect: method === 'GET' ? 'follow' : 'manual',
      signal: deadline.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: parseJson(text), text, url: response.url || url };
  } catch (error) {
    throw classifyNetworkError(error, context, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

/** Parses a successful answer; anything else (not 2xx, not JSON, wrong shape) is an error. */
export function parseAnswer<T extends z.ZodType>(answer: HttpAnswer, context: CallContext, schema: T): z.output<T> {
  if (answer.status < 200 || answer.status >= 300) throw classifyHttpError(answer, context);
  if (answer.json === undefined) throw unexpectedAnswer(context, `not JSON: ${answer.text.slice(0, 80)}`, answer.status);
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw unexpectedAnswer(context, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, answer.status);
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  // Some hosts print a PHP notice or a BOM before WordPress's JSON.
  const start = text.search(/[[{]/);
  if (start < 0) return undefined;
  try {
    return JSON.parse(text.slice(start)) as unknown;
  } catch {
    return undefined;
  }
}
