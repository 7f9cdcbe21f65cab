/** What the test site's PHP runs with: ini settings and Debian's per-site WordPress config. */
import { randomBytes } from 'node:crypto';

/** php -S serves one request at a time without workers; the block editor asks for many at once. */
export const phpWorkers = '4';

/** PHP ini settings for the web server and the installer; `overrides` replace same-named ones. */
export function phpSettings(overrides: Record<string, string> = {}): string[] {
  const settings: Record<string, string> = {
    upload_max_filesize: '256M',
    post_max_size: '256M',
    memory_limit: '512M',
    max_execution_time: '300',
    'opcache.enable_cli': '1',
    display_errors: 'stderr',
    log_errors: '1',
    ...overrides,
  };
  return Object.entries(settings).flatMap(([name, value]) => ['-d', `${name}=${value}`]);
}

export function configPhp(options: { url: string; dir: string; content: string; socket: string }): string {
  const define = (constant: string, value: string | boolean) =>
    `define('${constant}', ${typeof value === 'boolean' ? String(value) : phpString(value)});`;
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return [
    '<?php',
    `// Written by Spalt's tests/wordpress/site.ts for a test site in ${options.dir.replace(/\n/g, ' ')};`,
    '// removed when that site stops.',
    define('DB_NAME', 'wordpress'),
    define('DB_USER', 'root'),
    define('DB_PASSWORD', ''),
    define('DB_HOST', `localhost:${options.socket}`),
    define('DB_CHARSET', 'utf8mb4'),
    define('DB_COLLATE', ''),
    define('WP_HOME', options.url),
    define('WP_SITEURL', options.url),
    define('WP_CONTENT_DIR', options.content),
    define('WP_CONTENT_URL', `${options.url}/wp-content`),
    // Application Passwords over plain http need a local environment.
    define('WP_ENVIRONMENT_TYPE', 'local'),
    define('DISABLE_WP_CRON', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('WP_DEBUG', false),
    define('FS_METHOD', 'direct'),
    ...salts.map((salt) => define(salt, randomBytes(24).toString('hex'))),
    "$table_prefix = 'wp_';",
    '',
  ].join('\n');
}

export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
