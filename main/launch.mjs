// `npm start`: builds Spalt, then opens the desktop app, or browser mode when the desktop app
// cannot run here, saying why. Never require('electron') from Node: it would try to download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';
const electronDir = join(root, 'node_modules', 'electron');
const electronNative = join(root, 'build', 'electron-native', 'better_sqlite3.node');
/** An Electron that fails this soon after starting did not get going (no display, missing libraries). */
const earlyExitMs = 10_000;

let child = null;
let stopping = false;

function say(lines) {
  for (const line of lines) console.error(line);
}

function runScript(script) {
  const result = spawnSync(isWindows ? 'npm.cmd' : 'npm', ['run', script], { cwd: root, stdio: 'inherit', shell: isWindows });
  return result.status === 0;
}

function defaultExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return isWindows ? 'electron.exe' : 'electron';
}

/** The Electron executable, found the way node_modules/electron/index.js does, minus the download. */
function findElectron() {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, relative || defaultExecutable());
    if (existsSync(executable)) return { executable };
    return {
      reason: [
        `ELECTRON_OVERRIDE_DIST_PATH pekar på ${override}, men där finns inget Electron-program (${executable}).`,
        `ELECTRON_OVERRIDE_DIST_PATH points to ${override}, but there is no Electron program there (${executable}).`,
      ],
    };
  }
  const executable = relative ? join(electronDir, 'dist', relative) : null;
  if (executable && existsSync(executable)) return { executable };
  return {
    reason: [
      'Electron-programmet saknas: det kunde inte laddas ner när Spalt installerades (ingen internetåtkomst?). Kör `npx install-electron` med nätverk för skrivbordsappen.',
      'The Electron program is missing: it could not be downloaded when Spalt was installed (no internet access?). Run `npx install-electron` with network access for the desktop app.',
    ],
  };
}

function noDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return null;
  return [
    'Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt), så skrivbordsappen kan inte visa något fönster.',
    'No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop app cannot show a window.',
  ];
}

function ensureElectronNative() {
  if (existsSync(electronNative)) return null;
  console.error('better-sqlite3 för Electron saknas; försöker bygga den. / better-sqlite3 for Electron is missing; trying to build it.');
  if (runScript('build:electron-native') && existsSync(electronNative)) return null;
  return [
    'Databasmodulen better-sqlite3 är inte byggd för Electron och kunde inte byggas nu (bygget behöver nätverk för Electrons huvudfiler). Kör `npm run build:electron-native` med nätverk.',
    'The better-sqlite3 database module is not built for Electron and could not be built now (the build needs the network for Electron’s headers). Run `npm run build:electron-native` with network access.',
  ];
}

function exitLike(code, signal) {
  process.exit(code ?? (signal ? 1 : 0));
}

function startBrowserMode(reason) {
  say(['', ...reason, 'Startar Spalt i webbläsarläge i stället. / Starting Spalt in browser mode instead.', '']);
  if (!runScript('build:server')) {
    say([
      'Webbläsarlägets server kunde inte byggas (se felet ovan), så Spalt kan inte starta.',
      'Browser mode’s server could not be built (see the error above), so Spalt cannot start.',
    ]);
    process.exit(1);
  }
  child = spawn(process.execPath, [join('dist', 'server', 'spalt-server.cjs')], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  child.on('exit', exitLike);
}

function startDesktop(executable) {
  const env = { ...process.env };
  // Set in some shells for tooling; it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const electron = spawn(executable, [root], { cwd: root, stdio: 'inherit', env });
  child = electron;
  electron.on('error', (error) => {
    if (child !== electron) return;
    startBrowserMode([`Electron kunde inte startas: ${error.message}.`, `Electron could not be started: ${error.message}.`]);
  });
  electron.on('exit', (code, signal) => {
    if (child !== electron) return;
    const failed = code !== 0;
    if (failed && !stopping && Date.now() - startedAt < earlyExitMs) {
      startBrowserMode([
        `Skrivbordsappen avslutades direkt (${signal ? `signal ${signal}` : `kod ${code}`}), troligen för att ingen skärm eller något systembibliotek saknas; se felet ovan.`,
        `The desktop app quit at once (${signal ? `signal ${signal}` : `code ${code}`}), probably because there is no display or a system library is missing; see the error above.`,
      ]);
      return;
    }
    exitLike(code, signal);
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(1);
  });
}

if (!runScript('build:renderer')) {
  say([
    'Spalts gränssnitt kunde inte byggas (se felet ovan), så Spalt kan inte starta.',
    'Spalt’s interface could not be built (see the error above), so Spalt cannot start.',
  ]);
  process.exit(1);
}
const electronBuilt = runScript('build:electron');
const electron = findElectron();
const reason = !electronBuilt
  ? ['Skrivbordsappens delar kunde inte byggas (se felet ovan).', 'The desktop app’s parts could not be built (see the error above).']
  : (electron.reason ?? noDisplay() ?? ensureElectronNative());

if (reason) startBrowserMode(reason);
else startDesktop(electron.executable);
