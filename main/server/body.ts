/**
 * Reading a call's JSON body in browser mode, with bounds on what the server holds: each call
 * has a limit by what it carries (a file, or only text), and all bodies being held at once share
 * one budget. Past either, the body is read on and thrown away (so the client still gets its
 * answer rather than a broken pipe) and the call is refused with a typed error.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { photoLimits } from '../../shared/article/photo-fields';
import { SpaltError } from '../../shared/errors';
import { fromWireJson } from '../../shared/wire';
import { oversizedImport } from '../media/import';

const megabyte = 1024 * 1024;

/** A photo at the import limit, base64-encoded, with room for the rest of the call. */
export const fileBodyBytes = Math.ceil((photoLimits.fileBytes * 4) / 3) + megabyte;
/** Every call that carries no file; a 20,000-word article is well under a tenth of it. */
export const textBodyBytes = 4 * megabyte;
/** All bodies held at once: one file at the limit, and room for saves beside it. */
export const bodyBytesInFlight = fileBodyBytes + 4 * textBodyBytes;
/** Past this a refused body is no longer read; the connection is closed after the answer. */
const discardBytes = 4 * fileBodyBytes;

const fileOperations: ReadonlySet<string> = new Set(['photos.import', 'articles.import']);

export function bodyLimit(operation: string): number {
  return fileOperations.has(operation) ? fileBodyBytes : textBodyBytes;
}

/** The bytes of request bodies the server holds, across all requests. */
export class BodyBudget {
  private held = 0;
  constructor(readonly limit = bodyBytesInFlight) {}

  get inUse(): number {
    return this.held;
  }

  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  give(bytes: number): void {
    this.held -= bytes;
  }
}

function inMegabytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / megabyte))} MB`;
}

function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  return header === undefined ? null : Number(header);
}

/** JSON in UTF-8 only: a form post or a text/plain body is not a call from Spalt's own page. */
function contentTypeProblem(req: IncomingMessage, declared: number | null): string | null {
  const header = req.headers['content-type'];
  if (header === undefined) return declared === 0 ? null : '–';
  const [type, ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (type !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) return header.slice(0, 100);
  return null;
}

function tooLarge(operation: string, start: string, size: number, limit: number): SpaltError {
  if (operation === 'photos.import' && size > fileBodyBytes) return oversizedImport(start, size);
  return new SpaltError('request_too_large', { size: inMegabytes(size), max: inMegabytes(limit) });
}

function parse(bytes: Buffer): unknown {
  // Checked first and then decoded, never decoded with replacement characters.
  if (!isUtf8(bytes)) throw new SpaltError('invalid_input', { details: 'the request body is not valid UTF-8' });
  const text = bytes.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return fromWireJson(text);
  } catch (error) {
    const details = error instanceof RangeError ? 'the request body is nested too deeply' : 'the request body is not JSON';
    throw new SpaltError('invalid_input', { details });
  }
}

type Refusal = 'not_json' | 'too_large' | 'busy';

/**
 * The call's input from its body. What it holds counts against `budget` until the answer has
 * gone (`res` closes). Throws a typed error: invalid_input, request_not_json,
 * request_too_large or photo_too_large, server_busy.
 */
export async function readCallInput(req: IncomingMessage, res: ServerResponse, operation: string, budget: BodyBudget): Promise<unknown> {
  const declared = declaredLength(req);
  // A file must say its size up front, so it is refused or reserved before a byte is read.
  const limit = declared === null ? textBodyBytes : bodyLimit(operation);
  const wrongType = contentTypeProblem(req, declared);

  let reserved = 0;
  const reserve = (bytes: number) => {
    if (res.closed || !budget.take(bytes)) return false;
    reserved += bytes;
    return true;
  };
  res.once('close', () => budget.give(reserved));

  let refusal: Refusal | null = null;
  if (wrongType !== null) refusal = 'not_json';
  else if (declared !== null && declared > limit) refusal = 'too_large';
  else if (declared !== null && !reserve(declared)) refusal = 'busy';

  // Known length: one buffer of that size, never a list of chunks and then a copy of them.
  const whole = refusal === null && declared !== null ? Buffer.allocUnsafe(declared) : null;
  const chunks: Buffer[] = [];
  let size = 0;
  let start = '';
  // Not destroyed when the loop stops early, so the answer can still be sent.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    const piece = chunk as Buffer;
    if (start === '') start = piece.subarray(0, 4096).toString('utf8');
    size += piece.length;
    if (refusal !== null) {
      // A refused body is read on and dropped, up to a point.
      if (size <= discardBytes) continue;
      res.shouldKeepAlive = false;
      res.setHeader('connection', 'close');
      break;
    }
    if (whole) {
      if (size > whole.length) throw new SpaltError('invalid_input', { details: 'the request body is longer than its Content-Length' });
      piece.copy(whole, size - piece.length);
    } else if (size > limit) {
      refusal = 'too_large';
    } else if (!reserve(piece.length)) {
      refusal = 'busy';
    } else {
      chunks.push(piece);
    }
    if (refusal !== null) {
      // What was held is let go at once, so other calls can go on.
      chunks.length = 0;
      budget.give(reserved);
      reserved = 0;
    }
  }
  if (refusal === 'not_json') throw new SpaltError('request_not_json', { contentType: wrongType ?? '' });
  if (refusal === 'too_large') throw tooLarge(operation, start, Math.max(size, declared ?? 0), limit);
  if (refusal === 'busy') throw new SpaltError('server_busy');
  return parse(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size));
}
