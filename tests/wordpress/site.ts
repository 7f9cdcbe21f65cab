/**
 * A real WordPress on loopback for tests: WordPress 6.1 or 7.1 (versions.ts), a private
 * MariaDB on a unix socket and `php -S 127.0.0.1:PORT`, all in a fresh folder, started per
 * call and stopped by stop(). See README.md next to this file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configPhp, phpSettings, phpWorkers } from './config';
import { socketPath, startMariaDb } from './mariadb';
import { accepts, endGroup, freePort, killGroup, readTail, run, waitFor, type ProcessRole, type Track } from './processes';
import { defaultWordPressVersion, releaseOf, wordPressInstall, type WordPressVersion } from './versions';

export { liveProcessesInGroup } from './processes';
export { wordPressVersions, type WordPressVersion } from './versions';

export type WordPressRole = 'administrator' | 'editor' | 'author' | 'contributor';
export const wordPressRoles: readonly WordPressRole[] = ['administrator', 'editor', 'author', 'contributor'];

export interface WordPressUser {
  id: number;
  username: string;
  /** For wp-login.php. */
  password: string;
  /** For the REST API with HTTP Basic auth (see basicAuth()). */
  applicationPassword: string;
}

export interface WordPressSite {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  /** restUrl('/wp/v2/posts') is URL/wp-json/wp/v2/posts. */
  restUrl(path: string): string;
  users: Record<WordPressRole, WordPressUser>;
  /** Kills the processes this site started, removes its config file and its folder. */
  stop(): Promise<void>;
  /** The site's own folder (MariaDB data, wp-content, logs); gone after stop(). */
  dir: string;
  /** The site's WP_CONTENT_DIR (uploads/, plugins/, mu-plugins/ when added). */
  contentDir: string;
  /** /etc/wordpress/config-NAME.php; gone after stop(). */
  configFile: string;
  /** Process groups started for this site (php -S with its workers, mariadbd, the watchdog). */
  processGroups: number[];
  /** Which of the tested versions this is, its exact release ("7.1.4") and its active theme. */
  version: WordPressVersion;
  release: string;
  theme: string;
}

export interface StartWordPressOptions {
  /** Folder to create the site's own folder in; os.tmpdir() by default. */
  dir?: string;
  /** PHP ini settings for the web server, e.g. a small `post_max_size` to meet upload limits. */
  php?: Record<string, string>;
  /** A front web server's request body limit in bytes (like nginx's client_max_body_size): larger requests get 413. */
  maxBodyBytes?: number;
  /** 6.1 or 7.1; SPALT_WORDPRESS, else 6.1. */
  version?: WordPressVersion;
}

/** The Authorization header for a user's Application Password. */
export function basicAuth(user: Pick<WordPressUser, 'username' | 'applicationPassword'>): string {
  return `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}`;
}

const configDir = '/etc/wordpress';
const here = fileURLToPath(new URL('.', import.meta.url));
const routerScript = join(here, 'router.php');
const installScript = join(here, 'install.php');
const watchdogScript = join(here, 'watchdog.sh');

/** Sites not yet stopped, killed on process exit if a test forgot stop(). */
const running = new Set<{ kill(): void }>();
let exitHookInstalled = false;

export async function startWordPress(options: StartWordPressOptions = {}): Promise<WordPressSite> {
  const wordpress = wordPressInstall(options.version ?? defaultWordPressVersion());
  checkInstalled();
  const dir = mkdtempSync(join(options.dir ?? tmpdir(), 'spalt-wp-'));
  const name = `spalt-${randomBytes(6).toString('hex')}`;
  const configFile = join(configDir, `config-${name}.php`);
  const processes: { child: ChildProcess; role: ProcessRole }[] = [];
  const groupsFile = join(dir, 'process-groups');
  const extraDirs: string[] = [];

  const track: Track = (child, role) => {
    if (child.pid === undefined) throw new Error('Could not start a process for the WordPress test site');
    processes.push({ child, role });
    appendFileSync(groupsFile, `${child.pid}\n`);
    child.unref();
    return child;
  };
  const killAllNow = () => {
    for (const { child } of processes) killGroup(child.pid!, 'SIGKILL');
    removeFiles();
  };
  const removeFiles = () => {
    rmSync(configFile, { force: true });
    for (const path of [dir, ...extraDirs]) rmSync(path, { recursive: true, force: true });
  };
  const entry = { kill: killAllNow };
  running.add(entry);
  installExitHook();

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      running.delete(entry);
      // php -S first (a group: its workers survive a signal to the master alone), then the
      // database, whose data is thrown away anyway. The watchdog goes last, after the files:
      // should this process die halfway, it finishes the job.
      const inRole = (role: ProcessRole) => processes.filter((started) => started.role === role);
      for (const { child } of inRole('php')) await endGroup(child.pid!, 'SIGTERM', 3_000);
      for (const { child } of inRole('mariadb')) await endGroup(child.pid!, 'SIGKILL', 3_000);
      removeFiles();
      for (const { child } of inRole('watchdog')) await endGroup(child.pid!, 'SIGKILL', 3_000);
    })());

  let database: Promise<void> | undefined;
  try {
    const content = join(dir, 'wp-content');
    mkdirSync(join(content, 'uploads'), { recursive: true });
    mkdirSync(join(content, 'plugins'));
    mkdirSync(join(content, 'upgrade'));
    // The version's own themes as they are; the site only reads them.
    symlinkSync(wordpress.themes, join(content, 'themes'));

    track(spawn('bash', [watchdogScript, String(process.pid), dir, configFile], { detached: true, stdio: 'ignore' }), 'watchdog');

    const socket = socketPath(dir, extraDirs);
    database = startMariaDb(dir, socket, track);
    database.catch(() => undefined); // awaited below; this keeps an early failure from going unhandled

    let port = 0;
    let php: ChildProcess | undefined;
    let url = '';
    for (let attempt = 1; !php; attempt++) {
      port = await freePort();
      url = `http://127.0.0.1:${port}`;
      writeFileSync(configFile, configPhp({ url, dir, content, socket }), { mode: 0o644 });
      try {
        php = await startPhpServer({
          dir,
          port,
          name,
          content,
          track,
          root: wordpress.root,
          php: options.php ?? {},
          maxBodyBytes: options.maxBodyBytes,
        });
      } catch (error) {
        // Another process took the port between our check and php's bind: try another.
        if (attempt >= 3 || !String(error).includes('Address already in use')) throw error;
      }
    }

    await database;
    const users = await install({ name, port, socket, dir, root: wordpress.root });
    const site: WordPressSite = {
      url,
      restUrl: (path) => `${url}/wp-json/${path.replace(/^\/+/, '')}`,
      users,
      stop,
      dir,
      contentDir: content,
      configFile,
      processGroups: processes.map(({ child }) => child.pid!),
      version: wordpress.version,
      release: releaseOf(wordpress.root),
      theme: wordpress.defaultTheme,
    };
    await warmUp(site);
    return site;
  } catch (error) {
    // Let a MariaDB still starting finish (or fail) first, so that stop() sees its process.
    await database?.catch(() => undefined);
    await stop();
    throw error;
  }
}

function checkInstalled(): void {
  const needed = ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/php'];
  for (const file of needed) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`bash tests/system-deps.sh\` (as root it installs WordPress and MariaDB).`);
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const site of running) site.kill();
  });
}

async function startPhpServer(options: {
  dir: string;
  port: number;
  name: string;
  content: string;
  track: Track;
  root: string;
  php: Record<string, string>;
  maxBodyBytes: number | undefined;
}): Promise<ChildProcess> {
  const { dir, port, name, content, track } = options;
  const log = join(dir, `php-server-${port}.log`);
  const logFd = openSync(log, 'a');
  const child = track(
    spawn(
      'php',
      [
        ...phpSettings(options.php),
        '-d',
        `error_log=${join(dir, 'php-errors.log')}`,
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        options.root,
        routerScript,
      ],
      {
        // Its own process group: stop() signals the master and its workers together.
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          PHP_CLI_SERVER_WORKERS: phpWorkers,
          SPALT_WP_CONFIG: name,
          SPALT_WP_CONTENT_DIR: content,
          ...(options.maxBodyBytes ? { SPALT_WP_MAX_BODY: String(options.maxBodyBytes) } : {}),
        },
      },
    ),
    'php',
  );
  closeSync(logFd);
  await waitFor(
    'php -S',
    child,
    () => accepts({ host: '127.0.0.1', port }),
    15_000,
    () => readTail(log),
  );
  return child;
}

async function install(options: {
  name: string;
  port: number;
  socket: string;
  dir: string;
  root: string;
}): Promise<WordPressSite['users']> {
  const { stdout } = await run('php', [...phpSettings(), '-d', `error_log=${join(options.dir, 'php-errors.log')}`, installScript], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      SPALT_WP_CONFIG: options.name,
      SPALT_WP_HOST: `127.0.0.1:${options.port}`,
      SPALT_WP_SOCKET: options.socket,
      SPALT_WP_ROOT: options.root,
    },
  });
  const users = JSON.parse(stdout.trim().split('\n').pop() ?? '') as WordPressSite['users'];
  for (const role of wordPressRoles) {
    if (!users[role]?.applicationPassword) throw new Error(`install.php made no ${role}: ${stdout}`);
  }
  return users;
}

/** The first request through WordPress builds its caches; do it here, and prove the REST API answers. */
async function warmUp(site: WordPressSite): Promise<void> {
  const response = await fetch(site.restUrl('/'));
  const body = await response.text();
  let namespaces: unknown;
  try {
    namespaces = (JSON.parse(body) as { namespaces?: unknown }).namespaces;
  } catch {
    namespaces = undefined;
  }
  if (response.status !== 200 || !Array.isArray(namespaces) || !namespaces.includes('wp/v2')) {
    throw new Error(`WordPress's REST API did not answer at ${site.restUrl('/')}: ${response.status} ${body.slice(0, 500)}`);
  }
}
