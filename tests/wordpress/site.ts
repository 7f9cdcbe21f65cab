/**
 * A real WordPress on loopback for tests: Debian's WordPress 6.1 (/usr/share/wordpress), a
 * private MariaDB on a unix socket and `php -S 127.0.0.1:PORT`, all in a fresh folder, started
 * per call and stopped by stop(). See README.md next to this file.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** /etc/wordpress/config-NAME.php; gone after stop(). */
  configFile: string;
  /** Process groups started for this site (php -S with its workers, mariadbd, the watchdog). */
  processGroups: number[];
}

export interface StartWordPressOptions {
  /** Folder to create the site's own folder in; os.tmpdir() by default. */
  dir?: string;
}

/** The Authorization header for a user's Application Password. */
export function basicAuth(user: Pick<WordPressUser, 'username' | 'applicationPassword'>): string {
  return `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}`;
}

const wordpressRoot = '/usr/share/wordpress';
const configDir = '/etc/wordpress';
const here = fileURLToPath(new URL('.', import.meta.url));
const routerScript = join(here, 'router.php');
const installScript = join(here, 'install.php');
const watchdogScript = join(here, 'watchdog.sh');
/** php -S serves one request at a time without workers; the block editor asks for many at once. */
const phpWorkers = '4';
const phpSettings = [
  'upload_max_filesize=256M',
  'post_max_size=256M',
  'memory_limit=512M',
  'max_execution_time=300',
  'opcache.enable_cli=1',
  'display_errors=stderr',
  'log_errors=1',
];

/** Sites not yet stopped, killed on process exit if a test forgot stop(). */
const running = new Set<{ kill(): void }>();
let exitHookInstalled = false;

export async function startWordPress(options: StartWordPressOptions = {}): Promise<WordPressSite> {
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
    // Debian's themes (the default Twenty Twenty-Three) as they are; the site only reads them.
    symlinkSync(join(wordpressRoot, 'wp-content', 'themes'), join(content, 'themes'));

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
        php = await startPhpServer({ dir, port, name, content, track });
      } catch (error) {
        // Another process took the port between our check and php's bind: try another.
        if (attempt >= 3 || !String(error).includes('Address already in use')) throw error;
      }
    }

    await database;
    const users = await install({ name, port, socket, dir });
    const site: WordPressSite = {
      url,
      restUrl: (path) => `${url}/wp-json/${path.replace(/^\/+/, '')}`,
      users,
      stop,
      dir,
      configFile,
      processGroups: processes.map(({ child }) => child.pid!),
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
  const needed = [join(wordpressRoot, 'wp-settings.php'), '/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/php'];
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

/** A unix socket path must stay under ~107 bytes; a long `dir` gets a short folder for it. */
function socketPath(dir: string, extraDirs: string[]): string {
  const inside = join(dir, 'mysql.sock');
  if (Buffer.byteLength(inside) < 100) return inside;
  const short = mkdtempSync('/tmp/spalt-wp-sock-');
  extraDirs.push(short);
  symlinkSync(short, join(dir, 'socket-dir'));
  return join(short, 'mysql.sock');
}

type ProcessRole = 'watchdog' | 'mariadb' | 'php';
type Track = (child: ChildProcess, role: ProcessRole) => ChildProcess;

async function startMariaDb(dir: string, socket: string, track: Track): Promise<void> {
  const dataDir = join(dir, 'mysql');
  const log = join(dir, 'mariadb.log');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  // Small and unsafe on crash, which is fine for data that is deleted after the run.
  const settings = [
    '--innodb-buffer-pool-size=32M',
    '--innodb-log-file-size=8M',
    '--innodb-flush-log-at-trx-commit=0',
    '--innodb-doublewrite=0',
    '--skip-name-resolve',
    '--character-set-server=utf8mb4',
    '--collation-server=utf8mb4_unicode_520_ci',
  ];
  await run(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...asRoot,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...settings,
    ],
    { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
  );
  const logFd = openSync(log, 'a');
  const child = track(
    spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${log}`,
        `--tmpdir=${dir}`,
        '--performance-schema=OFF',
        ...asRoot,
        ...settings,
      ],
      { detached: true, stdio: ['ignore', logFd, logFd], env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    ),
    'mariadb',
  );
  closeSync(logFd);
  await waitFor(
    'MariaDB',
    child,
    () =>
      new Promise<boolean>((resolve) => {
        const connection = createConnection({ path: socket });
        connection.once('connect', () => {
          connection.destroy();
          resolve(true);
        });
        connection.once('error', () => resolve(false));
      }),
    30_000,
    () => readTail(log),
  );
}

async function startPhpServer(options: {
  dir: string;
  port: number;
  name: string;
  content: string;
  track: Track;
}): Promise<ChildProcess> {
  const { dir, port, name, content, track } = options;
  const log = join(dir, `php-server-${port}.log`);
  const logFd = openSync(log, 'a');
  const child = track(
    spawn(
      'php',
      [
        ...phpSettings.flatMap((setting) => ['-d', setting]),
        '-d',
        `error_log=${join(dir, 'php-errors.log')}`,
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        wordpressRoot,
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
        },
      },
    ),
    'php',
  );
  closeSync(logFd);
  await waitFor(
    'php -S',
    child,
    () =>
      new Promise<boolean>((resolve) => {
        const connection = createConnection({ host: '127.0.0.1', port });
        connection.once('connect', () => {
          connection.destroy();
          resolve(true);
        });
        connection.once('error', () => resolve(false));
      }),
    15_000,
    () => readTail(log),
  );
  return child;
}

async function install(options: { name: string; port: number; socket: string; dir: string }): Promise<WordPressSite['users']> {
  const { stdout } = await run(
    'php',
    [...phpSettings.flatMap((setting) => ['-d', setting]), '-d', `error_log=${join(options.dir, 'php-errors.log')}`, installScript],
    {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        SPALT_WP_CONFIG: options.name,
        SPALT_WP_HOST: `127.0.0.1:${options.port}`,
        SPALT_WP_SOCKET: options.socket,
      },
    },
  );
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

function configPhp(options: { url: string; dir: string; content: string; socket: string }): string {
  const define = (constant: string, value: string | boolean) =>
    `define('${constant}', ${typeof value === 'boolean' ? String(value) : phpString(value)});`;
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
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

function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv },
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env: options.env, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Polls ready() until it says yes; fails early with the log when the process exits. */
async function waitFor(
  what: string,
  child: ChildProcess,
  ready: () => Promise<boolean>,
  timeoutMs: number,
  log: () => string,
): Promise<void> {
  let exited: number | string | null | undefined;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`${what} exited (${exited}) while starting:\n${log()}`);
    if (await ready()) return;
    await sleep(25);
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${log()}`);
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function killGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/** Signals a process group and waits until none of its processes is left (zombies aside). */
async function endGroup(group: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  killGroup(group, signal);
  const deadline = Date.now() + graceMs;
  while (liveProcessesInGroup(group).length > 0) {
    if (Date.now() > deadline) {
      killGroup(group, 'SIGKILL');
      await sleep(50);
      if (liveProcessesInGroup(group).length === 0) return;
      throw new Error(`Process group ${group} did not end`);
    }
    await sleep(20);
  }
}

/** Ids of the processes in a process group that are not zombies, from /proc. */
export function liveProcessesInGroup(group: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group && fields[0] !== 'Z' && fields[0] !== 'X') pids.push(Number(entry));
  }
  return pids;
}
