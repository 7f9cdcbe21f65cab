import type { ErrorCode } from '../../shared/errors';

/**
 * The HTTP status browser mode answers for each typed error. A `Record` over every code, so a
 * new code without a status fails the type check instead of falling back to 500.
 *
 * - 4xx: the request cannot be done as sent (bad input, something missing, a conflict, a
 *   rule of the newsroom's); sending it again unchanged will not help.
 * - 502/504: the WordPress site failed or refused; Spalt itself did its part.
 * - 500/503: Spalt could not do it (its database, its password file, a fault of its own).
 */
export const statusForCode = {
  invalid_input: 400,
  unknown_operation: 404,
  not_found: 404,
  person_not_found: 404,
  photo_not_found: 404,
  photo_empty: 422,
  photo_unsupported: 422,
  photo_damaged: 422,
  photo_too_large: 413,
  photo_too_many_pixels: 422,
  import_unreadable: 422,
  url_not_allowed: 422,
  import_url_not_allowed: 422,
  export_blocks_one: 422,
  conflict: 409,
  database_unreadable: 500,
  database_too_new: 500,
  database_damaged: 503,
  database_recovery_failed: 500,
  forbidden: 403,
  request_too_large: 413,
  request_not_json: 415,
  server_busy: 503,
  // Only the renderer's transport makes this one (no answer came); it never leaves the server.
  unreachable: 503,
  internal: 500,
  site_not_found: 404,
  site_address_invalid: 422,
  site_address_insecure: 422,
  site_password_missing: 422,
  site_password_other_host: 422,
  secret_file_unsafe: 500,
  secret_unreadable: 500,
  wp_login_failed: 502,
  wp_app_passwords_off: 502,
  wp_cannot_publish: 502,
  wp_cannot_upload: 502,
  wp_cannot_create_category: 502,
  wp_cannot_create_tag: 502,
  wp_cannot_create_post: 502,
  wp_cannot_edit_post: 502,
  wp_cannot_set_author: 502,
  wp_author_gone: 502,
  wp_forbidden: 502,
  wp_blocked: 502,
  wp_file_too_large: 502,
  wp_upload_refused: 502,
  wp_post_gone: 502,
  wp_media_gone: 502,
  wp_host_not_found: 502,
  wp_unreachable: 502,
  wp_tls_failed: 502,
  wp_timeout: 504,
  wp_not_wordpress: 502,
  wp_rest_disabled: 502,
  wp_rate_limited: 502,
  wp_server_error: 502,
  wp_moved: 502,
  wp_refused: 502,
  wp_unexpected_answer: 502,
  publish_checklist_failed: 422,
  publish_time_past: 422,
  publish_time_nonexistent: 422,
  publish_article_trashed: 409,
  publish_photo_missing: 422,
  publish_photo_file_missing: 422,
  publish_photo_licence_expired: 422,
  publish_photo_one_time_spent: 422,
  publish_photo_credit_missing: 422,
  publish_photo_alt_missing: 422,
  publish_read_also_unpublished: 422,
  publish_read_also_scheduled: 422,
  publish_read_also_missing: 422,
  publish_job_not_found: 404,
  publish_job_ended: 409,
  publish_not_in_conflict: 409,
  publish_not_retryable: 409,
} as const satisfies Record<ErrorCode, number>;

export function statusFor(code: ErrorCode): number {
  return statusForCode[code];
}
