/**
 * The two WordPress versions the tests run against: Debian 12's WordPress 6.1 (installed by
 * apt) and the current release, 7.1, from Debian's unstable archive, extracted into a cache
 * folder by tests/system-deps.sh. Each is a complete web root with its default theme.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const wordPressVersions = ['6.1', '7.1'] as const;
export type WordPressVersion = (typeof wordPressVersions)[number];

export interface WordPressInstall {
  version: WordPressVersion;
  /** The web root: wp-settings.php, wp-admin, wp-includes, Debian's wp-config.php. */
  root: string;
  /** The themes shipped with it (linked into every site's wp-content). */
  themes: string;
  /** The theme a fresh site of this version is installed with (WP_DEFAULT_THEME). */
  defaultTheme: string;
}

/** Where tests/system-deps.sh extracts the current WordPress; SPALT_WORDPRESS_71_DIR overrides it, for both. */
export function currentWordPressDir(): string {
  return process.env.SPALT_WORDPRESS_71_DIR || '/var/cache/spalt-tests/wordpress-7.1';
}

/** The version a test site runs unless a test asks for one: SPALT_WORDPRESS (6.1 or 7.1), else 6.1. */
export function defaultWordPressVersion(): WordPressVersion {
  const asked = process.env.SPALT_WORDPRESS?.trim() || '6.1';
  if (!(wordPressVersions as readonly string[]).includes(asked)) {
    throw new Error(`SPALT_WORDPRESS=${asked}: the tests know WordPress ${wordPressVersions.join(' and ')}.`);
  }
  return asked as WordPressVersion;
}

export function wordPressInstall(version: WordPressVersion): WordPressInstall {
  const root = version === '6.1' ? '/usr/share/wordpress' : join(currentWordPressDir(), 'usr/share/wordpress');
  const install = {
    version,
    root,
    themes: join(root, 'wp-content', 'themes'),
    defaultTheme: version === '6.1' ? 'twentytwentythree' : 'twentytwentyfive',
  };
  if (!existsSync(join(root, 'wp-settings.php')) || !existsSync(join(install.themes, install.defaultTheme, 'style.css'))) {
    const hint = version === '6.1' ? '' : ` (it fetches WordPress ${version} into ${currentWordPressDir()})`;
    throw new Error(`WordPress ${version} is missing at ${root}: run \`bash tests/system-deps.sh\` as root${hint}.`);
  }
  return install;
}

/** The exact release in a web root, e.g. "7.1.4". */
export function releaseOf(root: string): string {
  const source = readFileSync(join(root, 'wp-includes', 'version.php'), 'utf8');
  const found = /^\$wp_version = '([^']+)';/m.exec(source)?.[1];
  if (!found) throw new Error(`No $wp_version in ${root}/wp-includes/version.php`);
  return found;
}
