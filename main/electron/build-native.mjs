// `npm run build:electron-native`: better-sqlite3 for Electron's ABI into
// build/electron-native/better_sqlite3.node, leaving node_modules' Node build untouched
// (tests and browser mode use that one). It first fetches better-sqlite3's prebuilt binary for
// Electron (prebuild-install, as better-sqlite3's own install does), and only where none exists
// compiles it from source, which needs Python and a C++ compiler.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'build', 'electron-native');
const target = join(outDir, 'better_sqlite3.node');
const scratch = join(outDir, 'scratch');
const source = join(root, 'node_modules', 'better-sqlite3');

function readVersion(packageDir) {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
}

function fail(sv, en, cause) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n${sv}\n${en}`);
  if (cause !== undefined) console.error(`Orsak / Cause: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exit(1);
}

const electronVersion = readVersion(join(root, 'node_modules', 'electron'));
const sqliteVersion = readVersion(source);

// A scratch app holding only a copy of better-sqlite3 (without its Node build), so the
// rebuild cannot touch node_modules.
rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'node_modules'), { recursive: true });
cpSync(source, join(scratch, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (path) => path !== join(source, 'build') && !path.startsWith(join(source, 'build') + sep),
});
const scratchPackage = { name: 'spalt-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } };
writeFileSync(join(scratch, 'package.json'), JSON.stringify(scratchPackage, null, 2));
// A lockfile marks the scratch folder as the project root, so the module search stops there.
writeFileSync(join(scratch, 'package-lock.json'), JSON.stringify({ name: scratchPackage.name, lockfileVersion: 3, packages: {} }));

// An npm `nodedir` setting would make node-gyp compile against this Node's headers instead
// of Electron's, which produces a binary Electron refuses to load.
for (const key of Object.keys(process.env)) {
  if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
}

const built = join(scratch, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const arch = process.env.npm_config_arch || process.arch;

/** better-sqlite3's published binary for this Electron, platform and architecture, if there is one. */
function fetchPrebuilt() {
  let bin;
  try {
    bin = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  } catch {
    return 'prebuild-install saknas / is missing';
  }
  const run = spawnSync(
    process.execPath,
    [bin, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', process.platform, '--verbose'],
    { cwd: join(scratch, 'node_modules', 'better-sqlite3'), encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status === 0 && existsSync(built)) return null;
  const said = `${run.stderr ?? ''}`.trim().split('\n').filter(Boolean).slice(-2).join(' ');
  return said || (run.error?.message ?? `exit ${run.status}`);
}

console.log(
  `Hämtar better-sqlite3 ${sqliteVersion} förbyggd för Electron ${electronVersion} (${process.platform}-${arch}) … / Fetching better-sqlite3 ${sqliteVersion} prebuilt for Electron ${electronVersion} …`,
);
const notPrebuilt = fetchPrebuilt();
if (notPrebuilt === null) {
  console.log('Förbyggd fil hämtad. / Prebuilt binary fetched.');
} else {
  console.warn(
    `Ingen förbyggd fil kunde hämtas (${notPrebuilt}). Bygger från källkoden i stället: det kräver Python, en C++-kompilator och nätverk för Electrons huvudfiler.\n` +
      `No prebuilt binary could be fetched (${notPrebuilt}). Building from source instead: that needs Python, a C++ compiler and the network for Electron's headers.`,
  );
  await buildFromSource();
}

async function buildFromSource() {
  let rebuild;
  try {
    ({ rebuild } = await import('@electron/rebuild'));
  } catch (error) {
    fail(
      'Verktyget @electron/rebuild saknas (det följer med electron-builder). Kör `npm install` och försök igen.',
      'The @electron/rebuild tool is missing (it comes with electron-builder). Run `npm install` and try again.',
      error,
    );
  }
  console.log(
    `Bygger better-sqlite3 ${sqliteVersion} för Electron ${electronVersion} … / Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} …`,
  );
  try {
    await rebuild({
      buildPath: scratch,
      projectRootPath: scratch,
      electronVersion,
      arch,
      force: true,
      buildFromSource: true,
      onlyModules: ['better-sqlite3'],
      mode: 'sequential',
    });
  } catch (error) {
    fail(
      `Kunde inte bygga better-sqlite3 för Electron ${electronVersion}. Bygget måste hämta Electrons huvudfiler (headers) från electronjs.org och behöver därför internetåtkomst, och dessutom Python och en C++-kompilator. Kontrollera nätverket och kör \`npm run build:electron-native\` igen. Utan den här filen kan skrivbordsappen inte starta; webbläsarläget (\`npm run serve\`) fungerar ändå.`,
      `Could not build better-sqlite3 for Electron ${electronVersion}. The build must download Electron's headers from electronjs.org, so it needs internet access, as well as Python and a C++ compiler. Check the network and run \`npm run build:electron-native\` again. Without this file the desktop app cannot start; browser mode (\`npm run serve\`) still works.`,
      error,
    );
  }
}

if (!existsSync(built)) {
  fail(`Bygget blev klart men ${built} finns inte.`, `The build finished but ${built} does not exist.`);
}
cpSync(built, target);
rmSync(scratch, { recursive: true, force: true });
console.log(`Klart / Done: ${target}`);
