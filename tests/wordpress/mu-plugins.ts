/**
 * Must-use plugins for a running test site: the way a site's owner changes WordPress's
 * behaviour (turn Application Passwords off, lock the REST API), without a second site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordPressSite } from './site';

/** Adds wp-content/mu-plugins/NAME.php with `php` (no opening tag); returns its removal. */
export function addMuPlugin(site: Pick<WordPressSite, 'contentDir'>, name: string, php: string): () => void {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Not a plugin file name: ${name}`);
  const dir = join(site.contentDir, 'mu-plugins');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.php`);
  writeFileSync(file, `<?php\n// Added by a Spalt test; removed again by it.\n${php}\n`);
  return () => rmSync(file, { force: true });
}

/** What a security plugin does to turn Application Passwords off for the whole site. */
export const applicationPasswordsOff = "add_filter('wp_is_application_passwords_available', '__return_false');";

/** What a "disable the REST API" plugin does: every REST request answers 401 or 403. */
export const restApiOff =
  "add_filter('rest_authentication_errors', function () { return new WP_Error('rest_disabled', 'The REST API is disabled on this site.', ['status' => 403]); });";

/**
 * A web server that sends only real files and / to WordPress (nginx without try_files, or
 * Apache without .htaccess): /wp-json/ is the server's own 404, so only ?rest_route= works.
 */
export const noRewrites = `if (str_starts_with($_SERVER['REQUEST_URI'] ?? '', '/wp-json')) {
  http_response_code(404);
  header('Content-Type: text/html');
  echo "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>";
  exit;
}`;

/**
 * WordPress's own comment flood and duplicate checks applied to notes too, answered as its
 * comments endpoint answers them for comments (400 comment_flood, 409 comment_duplicate): what
 * WordPress 6.9's betas did, and what a site's anti-spam plugin may do. Released 6.9 and later
 * skip both for notes (class-wp-rest-comments-controller.php, create_item).
 */
export const noteFloodAndDuplicateChecks = `add_filter('rest_pre_insert_comment', function ($prepared, $request) {
  if (is_wp_error($prepared) || ($prepared['comment_type'] ?? '') !== 'note') return $prepared;
  $verdict = wp_allow_comment($prepared, true);
  if (!is_wp_error($verdict)) return $prepared;
  $code = $verdict->get_error_code();
  return new WP_Error($code, $verdict->get_error_message(), ['status' => $code === 'comment_duplicate' ? 409 : 400]);
}, 10, 2);`;
