import { translations, type Language, type ParamArgs } from './i18n';
import { builtKey } from './i18n/built-keys';
import { isOneOf } from './one-of';

export const errorCodes = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'person_not_found',
  'photo_not_found',
  'photo_empty',
  'photo_unsupported',
  'photo_damaged',
  'photo_too_large',
  'photo_too_many_pixels',
  'import_unreadable',
  // The URL policy (shared/url-policy.ts).
  'url_not_allowed',
  'import_url_not_allowed',
  'export_blocks_one',
  'conflict',
  'database_unreadable',
  'database_too_new',
  'database_damaged',
  'database_recovery_failed',
  'backup_failed',
  'forbidden',
  'unreachable',
  'internal',
  // Browser mode's own refusals of a request.
  'request_too_large',
  'request_not_json',
  'server_busy',
  // Sites and WordPress.
  'site_not_found',
  'site_address_invalid',
  'site_address_insecure',
  'site_password_missing',
  'site_password_other_host',
  'secret_file_unsafe',
  'secret_unreadable',
  'wp_login_failed',
  'wp_app_passwords_off',
  'wp_cannot_publish',
  'wp_cannot_upload',
  'wp_cannot_create_category',
  'wp_cannot_create_tag',
  'wp_cannot_create_post',
  'wp_cannot_edit_post',
  'wp_cannot_set_author',
  'wp_author_gone',
  'wp_forbidden',
  'wp_blocked',
  'wp_file_too_large',
  'wp_upload_refused',
  'wp_post_gone',
  'wp_media_gone',
  'wp_host_not_found',
  'wp_unreachable',
  'wp_tls_failed',
  'wp_timeout',
  'wp_not_wordpress',
  'wp_rest_disabled',
  'wp_rate_limited',
  'wp_server_error',
  'wp_moved',
  'wp_refused',
  'wp_unexpected_answer',
  // The editors' workflow on the site: review, notes, companion posts.
  'wp_cannot_review',
  'wp_review_state_changed',
  'wp_cannot_note',
  'wp_note_too_soon',
  'wp_note_gone',
  'wp_notes_unsupported',
  'wp_companion_too_large',
  'wp_companion_damaged',
  // The publishing outbox.
  'publish_checklist_failed',
  'publish_time_past',
  'publish_time_nonexistent',
  'publish_article_trashed',
  'publish_photo_missing',
  'publish_photo_file_missing',
  'publish_photo_licence_expired',
  'publish_photo_one_time_spent',
  'publish_photo_credit_missing',
  'publish_photo_alt_missing',
  'publish_job_not_found',
  'publish_job_ended',
  'publish_not_in_conflict',
  'publish_not_retryable',
  // "Läs även" links that cannot lead anywhere on the site.
  'publish_read_also_unpublished',
  'publish_read_also_scheduled',
  'publish_read_also_missing',
  // An article's history (Historik).
  'revision_not_found',
  'revision_restore_stale',
  // The editors' workflow, local side.
  'review_not_on_site',
  // Corrections of a published article.
  'correction_note_missing',
  'correction_not_published',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ErrorDetails = Record<string, string | number>;

/** An error as it crosses the contract: a code to act on and a message to show. */
export interface SpaltErrorValue {
  code: ErrorCode;
  message: Record<Language, string>;
  details: ErrorDetails;
}

type ErrorKey<Code extends ErrorCode> = `error.${Code}`;

/**
 * What follows an error's code: its details, which must hold every parameter its message
 * (`error.<code>` in shared/i18n) names, typed from the Swedish text, and may carry more for
 * the code that handles it. A code only known at run time takes any details.
 */
export type ErrorArgs<Code extends ErrorCode> = [
  ...details: ParamArgs<ErrorKey<Code>> extends [params: infer Params] ? [details: Params & ErrorDetails] : [details?: ErrorDetails],
  options?: { cause?: unknown },
];

class SpaltErrorClass extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly messages: Record<Language, string>;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    const messages = translations(builtKey('error.', code), details);
    super(messages.en, options);
    this.name = 'SpaltError';
    this.code = code;
    this.details = details;
    this.messages = messages;
  }

  toValue(): SpaltErrorValue {
    return { code: this.code, message: this.messages, details: this.details };
  }

  static fromValue(value: SpaltErrorValue): SpaltError {
    return new SpaltErrorClass(value.code, value.details);
  }
}

/** An error as Spalt throws it: its code, the details its message names, the message in each language. */
export type SpaltError = SpaltErrorClass;
type SpaltErrorConstructor = Pick<typeof SpaltErrorClass, 'prototype' | 'fromValue'> &
  (new <Code extends ErrorCode = ErrorCode>(code: Code, ...rest: ErrorArgs<Code>) => SpaltError);
// The class takes any details; the constructor it is seen through checks them against the code's message.
export const SpaltError = SpaltErrorClass as SpaltErrorConstructor;

export function isSpaltErrorValue(value: unknown): value is SpaltErrorValue {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return isOneOf(errorCodes, code);
}

/** Any thrown value as a typed error value; unknown failures become `internal`. */
export function toErrorValue(error: unknown): SpaltErrorValue {
  if (error instanceof SpaltError) return error.toValue();
  const reason = error instanceof Error ? error.message : String(error);
  return new SpaltError('internal', { details: reason.slice(0, 300) }).toValue();
}
