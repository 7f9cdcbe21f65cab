import type { ServerResponse } from 'node:http';
import { SpaltError, type SpaltErrorValue } from '../../shared/errors';
import { toWireJson } from '../../shared/wire';
import { statusFor } from './status';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(toWireJson(body));
}

/** A refused or failed call: the typed error, under the status its code answers. */
export function sendError(res: ServerResponse, error: SpaltError | SpaltErrorValue): void {
  const value = error instanceof SpaltError ? error.toValue() : error;
  sendJson(res, statusFor(value.code), { ok: false, error: value });
}
