/**
 * Every way a call to WordPress can fail, sorted into what the outbox can act on:
 *  - retryable: nothing happened on the site (network down, 429, 503, a GET that failed);
 *  - unknown_outcome: the request may have been carried out (a timeout or a broken
 *    connection after sending, a 500 on a POST): look the post or photo up before retrying;
 *  - final: retrying will not help (4xx, a refused certificate): the user must act.
 * Each carries a SpaltError code whose message says what to do.
 */
import { SpaltError, type ErrorCode, type ErrorDetails } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { builtKey } from '../../../shared/i18n/built-keys';
import { isKnownRole } from '../../../shared/publish/roles';
import { parseRetryAfter } from './retry-after';
import { RestError } from './schemas';

export type Disposition = 'retryable' | 'unknown_outcome' | 'final';

export class WordPressError extends SpaltError {
  readonly disposition: Disposition;
  /** From Retry-After, when the site sent one. */
  readonly retryAfterMs: number | null;
  /** The HTTP status, or null when no answer came. */
  readonly status: number | null;
  /** WordPress's own error code (rest_cannot_publish …), when it sent one. */
  readonly wordpressCode: string | null;

  constructor(
    code: ErrorCode,
    details: ErrorDetails,
    how: { disposition: Disposition; retryAfterMs?: number | null; status?: number | null; wordpressCode?: string | null; cause?: unknown },
  ) {
    super(code, details, { cause: how.cause });
    this.name = 'WordPressError';
    this.disposition = how.disposition;
    this.retryAfterMs = how.retryAfterMs ?? null;
    this.status = how.status ?? null;
    this.wordpressCode = how.wordpressCode ?? null;
  }
}

/** What the call was doing, so a refusal can be told in the user's terms. */
export type Action =
  | { kind: 'discover' }
  | { kind: 'read' }
  | { kind: 'create_post' }
  | { kind: 'edit_post'; id: number }
  | { kind: 'read_post'; id: number }
  | { kind: 'upload'; fileName: string }
  | { kind: 'edit_media'; id: number }
  | { kind: 'create_category'; name: string }
  | { kind: 'create_tag'; name: string }
  // The editors' workflow: someone else's post moved by a reviewer, the queue, notes.
  | { kind: 'review_post'; id: number }
  | { kind: 'read_queue' }
  | { kind: 'create_note'; postId: number }
  | { kind: 'edit_note'; id: number; postId: number };

export interface CallContext {
  method: string;
  action: Action;
  /** The site's address as the user knows it. */
  address: string;
  username: string;
  /** The user's role slug, when known; filled in for refusals. */
  role?: string | null;
}

/** Role names in both languages for the messages (details carry no language). */
export function roleDetails(role: string | null | undefined): { role: string; roleSv: string; roleEn: string } {
  if (!role) return { role: '', roleSv: translate('sv', 'sites.role.none'), roleEn: translate('en', 'sites.role.none') };
  if (!isKnownRole(role)) return { role, roleSv: role, roleEn: role };
  return { role, roleSv: translate('sv', builtKey('sites.role.', role)), roleEn: translate('en', builtKey('sites.role.', role)) };
}

const idempotent = (method: string) => method === 'GET' || method === 'HEAD';

// Failures that happen before a byte of the request is sent.
const beforeSending = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);
const lookupFailed = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME']);
const tlsFailure = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH)/;

/** The system error code buried in fetch's TypeError (cause, or an AggregateError's errors). */
export function networkErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== 'ERR_INVALID_ARG_TYPE') return code;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = networkErrorCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return networkErrorCode(cause, depth + 1);
}

export function isTimeout(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

/** A failure with no HTTP answer: timeout, DNS, refused, reset, TLS. */
export function classifyNetworkError(error: unknown, context: CallContext, timeoutMs: number): WordPressError {
  const base = { address: context.address };
  if (isTimeout(error)) {
    return new WordPressError(
      'wp_timeout',
      { ...base, seconds: Math.max(1, Math.round(timeoutMs / 1000)) },
      { disposition: idempotent(context.method) ? 'retryable' : 'unknown_outcome', cause: error },
    );
  }
  const code = networkErrorCode(error) ?? 'network';
  if (lookupFailed.has(code)) {
    return new WordPressError(
      'wp_host_not_found',
      { ...base, host: hostOf(context.address), reason: code },
      { disposition: 'retryable', cause: error },
    );
  }
  if (tlsFailure.test(code)) {
    return new WordPressError('wp_tls_failed', { ...base, reason: code }, { disposition: 'final', cause: error });
  }
  const sentNothing = beforeSending.has(code) || idempotent(context.method);
  return new WordPressError(
    'wp_unreachable',
    { ...base, reason: code },
    { disposition: sentNothing ? 'retryable' : 'unknown_outcome', cause: error },
  );
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  text: string;
}

const restLocked = new Set(['rest_disabled', 'rest_cannot_access', 'rest_login_required', 'rest_no_route', 'rest_authentication_required']);
const appPasswordsOff = new Set(['application_passwords_disabled', 'application_passwords_disabled_for_user']);
const uploadTooLarge = new Set([
  'rest_upload_no_data',
  'rest_upload_file_too_big',
  'rest_upload_limited_space',
  'rest_upload_user_quota_exceeded',
]);

/** An HTTP answer that is not a success, as a WordPressError. */
export function classifyHttpError(answer: HttpAnswer, context: CallContext, now: Date = new Date()): WordPressError {
  const { status } = answer;
  const parsed = RestError.safeParse(answer.json);
  const wordpressCode = parsed.success ? parsed.data.code : null;
  const message = parsed.success ? stripTags(parsed.data.message) : titleOf(answer.text);
  const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'), now);
  const how = (disposition: Disposition) => ({ disposition, retryAfterMs, status, wordpressCode });
  const base = { address: context.address };
  const { action } = context;

  if (status >= 300 && status < 400) {
    return new WordPressError('wp_moved', { ...base, location: answer.headers.get('location') ?? '?' }, how('final'));
  }
  if (status === 429) return new WordPressError('wp_rate_limited', { ...base, retryAfterSeconds: seconds(retryAfterMs) }, how('retryable'));
  if (status === 413 || (wordpressCode !== null && uploadTooLarge.has(wordpressCode))) {
    return new WordPressError('wp_file_too_large', { ...base, fileName: action.kind === 'upload' ? action.fileName : '' }, how('final'));
  }
  if (wordpressCode?.startsWith('rest_upload_')) {
    // rest_upload_sideload_error comes as a 500 but is a refusal of the file (its type, mostly).
    return new WordPressError(
      'wp_upload_refused',
      { ...base, fileName: action.kind === 'upload' ? action.fileName : '', message },
      how('final'),
    );
  }
  if (status >= 500) {
    const nothingDone = idempotent(context.method) || status === 503;
    return new WordPressError('wp_server_error', { ...base, status }, how(nothingDone ? 'retryable' : 'unknown_outcome'));
  }
  if (wordpressCode !== null && appPasswordsOff.has(wordpressCode)) return new WordPressError('wp_app_passwords_off', base, how('final'));
  const aboutNotes = noteError(context, wordpressCode, how);
  if (aboutNotes) return aboutNotes;
  if (status === 401) {
    if (wordpressCode !== null && restLocked.has(wordpressCode) && wordpressCode !== 'rest_login_required') {
      return new WordPressError('wp_rest_disabled', { ...base, status }, how('final'));
    }
    // WordPress answers a wrong password with the route's own code; the status is what counts.
    return new WordPressError('wp_login_failed', { ...base, username: context.username }, how('final'));
  }
  if (wordpressCode !== null && restLocked.has(wordpressCode))
    return new WordPressError('wp_rest_disabled', { ...base, status }, how('final'));
  if (status === 403) return refusal(answer, context, wordpressCode, message, how('final'));
  if (wordpressCode === 'rest_invalid_author') return new WordPressError('wp_author_gone', base, how('final'));
  if (status === 404 || status === 410) {
    if (parsed.success || status === 410) return gone(context, how('final'));
    return new WordPressError('wp_not_wordpress', { ...base, status }, how('final'));
  }
  return new WordPressError('wp_refused', { ...base, status, message: message || String(status) }, how('final'));
}

/** WordPress's Notes: its comment flood limit, a site without Notes, a note's post gone. */
function noteError(
  context: CallContext,
  wordpressCode: string | null,
  how: (disposition: Disposition) => WordPressHow,
): WordPressError | null {
  const base = { address: context.address };
  const { action } = context;
  if (action.kind !== 'create_note' && action.kind !== 'edit_note') return null;
  if (wordpressCode === 'comment_flood') {
    // WordPress refuses a second comment within 15 s (comment_flood_filter) and sends no Retry-After.
    const waited = how('retryable');
    const retryAfterMs = waited.retryAfterMs ?? commentFloodMs;
    return new WordPressError('wp_note_too_soon', { ...base, seconds: Math.ceil(retryAfterMs / 1000) }, { ...waited, retryAfterMs });
  }
  // Before 6.9 a note is a comment of an unknown type (400), or for a non-moderator one whose status may not be set (403).
  const noNotes = ['rest_invalid_comment_type', 'rest_comment_not_supported_post_type', 'rest_comment_invalid_status'];
  if (action.kind === 'create_note' && wordpressCode !== null && noNotes.includes(wordpressCode)) {
    return new WordPressError('wp_notes_unsupported', base, how('final'));
  }
  if (wordpressCode === 'rest_comment_invalid_post_id' || wordpressCode === 'rest_post_invalid_id') {
    return new WordPressError('wp_post_gone', { ...base, id: action.postId }, how('final'));
  }
  return null;
}

/** WordPress's default comment flood interval. */
export const commentFloodMs = 15_000;

type WordPressHow = { disposition: Disposition; retryAfterMs: number | null; status: number; wordpressCode: string | null };

function refusal(
  answer: HttpAnswer,
  context: CallContext,
  wordpressCode: string | null,
  message: string,
  how: ConstructorParameters<typeof WordPressError>[2],
): WordPressError {
  const details = { address: context.address, ...roleDetails(context.role) };
  const { action } = context;
  if (wordpressCode === 'rest_cannot_publish') return new WordPressError('wp_cannot_publish', details, how);
  // Both on create and on update: the post was to carry another user as its author.
  if (wordpressCode === 'rest_cannot_edit_others' && (action.kind === 'create_post' || action.kind === 'edit_post')) {
    return new WordPressError('wp_cannot_set_author', details, how);
  }
  if (wordpressCode === null) {
    // Not WordPress's answer: a firewall or the web server said no.
    return new WordPressError('wp_blocked', { address: context.address, message: message || `HTTP ${answer.status}` }, how);
  }
  switch (action.kind) {
    case 'upload':
    case 'edit_media':
      if (action.kind === 'upload' || wordpressCode === 'rest_cannot_create') return new WordPressError('wp_cannot_upload', details, how);
      break;
    case 'create_category':
      return new WordPressError('wp_cannot_create_category', { ...details, name: action.name }, how);
    case 'create_tag':
      return new WordPressError('wp_cannot_create_tag', { ...details, name: action.name }, how);
    case 'create_post':
      if (wordpressCode === 'rest_cannot_create') return new WordPressError('wp_cannot_create_post', details, how);
      break;
    case 'edit_post':
      // rest_forbidden: not even allowed to read it (someone else's draft).
      if (wordpressCode === 'rest_cannot_edit' || wordpressCode === 'rest_forbidden') {
        return new WordPressError('wp_cannot_edit_post', { ...details, id: action.id }, how);
      }
      break;
    case 'review_post':
    case 'read_queue':
      return new WordPressError('wp_cannot_review', details, how);
    case 'create_note':
    case 'edit_note':
      return new WordPressError('wp_cannot_note', { ...details, id: action.postId }, how);
    default:
      break;
  }
  return new WordPressError('wp_forbidden', { ...details, message }, how);
}

function gone(context: CallContext, how: ConstructorParameters<typeof WordPressError>[2]): WordPressError {
  const { action } = context;
  const base = { address: context.address };
  if (action.kind === 'edit_media') return new WordPressError('wp_media_gone', { ...base, id: action.id }, how);
  if (action.kind === 'edit_post' || action.kind === 'read_post' || action.kind === 'review_post') {
    return new WordPressError('wp_post_gone', { ...base, id: action.id }, how);
  }
  if (action.kind === 'edit_note') return new WordPressError('wp_note_gone', { ...base, id: action.id }, how);
  return new WordPressError('wp_refused', { ...base, status: how.status ?? 404, message: 'Not found' }, how);
}

/** For an answer that is not what was asked for (not JSON, wrong shape). */
export function unexpectedAnswer(context: CallContext, details: string, status: number): WordPressError {
  // A captive portal (a bus's wifi) answers anything with its own page: that is worth retrying.
  return new WordPressError(
    'wp_unexpected_answer',
    { address: context.address, details: details.slice(0, 200) },
    { disposition: idempotent(context.method) ? 'retryable' : 'unknown_outcome', status },
  );
}

function seconds(ms: number | null): number {
  return ms === null ? 0 : Math.ceil(ms / 1000);
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}

function stripTags(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** The <title> of an HTML error page (nginx, a firewall), else its first words. */
function titleOf(text: string): string {
  const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1];
  return stripTags(title ?? text).slice(0, 120);
}
