import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpaltError } from '../../shared/errors';
import { sendError } from './reply';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What a failure is logged as: the method and the path, never the query (it may hold the token). */
function describe(req: IncomingMessage): string {
  return `${req.method ?? '?'} ${(req.url ?? '').split('?')[0]?.slice(0, 200)}`;
}

function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown, log: typeof console.error): void {
  // A client that went away mid-request is no failure of Spalt's.
  if (req.destroyed && (error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
  if (!(error instanceof SpaltError)) log(`[spalt] ${describe(req)} failed:`, error);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  try {
    sendError(res, error instanceof SpaltError ? error : new SpaltError('internal', { details: 'the request could not be handled' }));
  } catch (failure) {
    log(`[spalt] ${describe(req)}: the failure could not be answered:`, failure);
    res.destroy();
  }
}

/**
 * The one place where browser mode catches: whatever handling one request throws or rejects
 * with is answered (its typed error, or 500 `internal`) and logged, and never reaches the
 * process, so no request can stop Spalt.
 */
export function unstoppable(
  handle: RequestHandler,
  log: typeof console.error = console.error,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    res.on('error', (error) => log(`[spalt] ${describe(req)}: answer failed:`, error));
    // The executor runs the handler at once; a throw in it rejects, as a rejection does.
    const handled = new Promise<void>((resolve) => resolve(handle(req, res)));
    handled.catch((error: unknown) => answerFailure(req, res, error, log));
  };
}
