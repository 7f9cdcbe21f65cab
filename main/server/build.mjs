// `npm run build:server`: bundles browser mode's server into dist/server, so `npm run serve`
// and `npm start`'s fallback start plain JavaScript, with no compiler at run time:
// - browser-mode.cjs: main/server/cli.ts, the whole server in one CommonJS file;
// - spalt-server.cjs: main/server/serve.ts, which runs browser-mode.cjs with V8's code cache
//   (browser-mode.cjs.v8-cache, written by the first start after each build).
// Usage: node main/server/build.mjs [--out-dir DIR]
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions, projectRoot } from '../node-bundle.mjs';

/**
 * Two folders below the project, as cli.ts expects: it finds the project's package.json and the
 * built renderer from its own place.
 */
export const serverDir = join(projectRoot, 'dist', 'server');
/** What `npm run serve` runs. */
export const serverBundle = join(serverDir, 'spalt-server.cjs');

export function serverBuildOptions(outDir = serverDir) {
  const bundle = (name, outName) =>
    nodeBundleOptions({ entry: join(projectRoot, 'main', 'server', name), outfile: join(outDir, outName), target: 'node20' });
  return { launcher: bundle('serve.ts', 'spalt-server.cjs'), server: bundle('cli.ts', 'browser-mode.cjs') };
}

export async function buildServer(outDir) {
  const options = serverBuildOptions(outDir);
  await Promise.all([build(options.launcher), build(options.server)]);
  // The cache of the bundle just replaced would be refused anyway; the next start writes it
  // anew. Also gone: a cache a killed start was still writing.
  const folder = outDir ?? serverDir;
  for (const name of readdirSync(folder)) {
    if (name.startsWith('browser-mode.cjs.v8-cache')) rmSync(join(folder, name), { force: true });
  }
  return options.launcher.outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--out-dir');
  const outDir = flag === -1 ? undefined : resolve(process.argv[flag + 1] ?? '');
  try {
    const file = await buildServer(outDir);
    console.log(`Webbläsarlägets server byggd / browser mode's server built: ${file}`);
  } catch {
    // esbuild has already printed what went wrong.
    console.error('Bygget av webbläsarlägets server misslyckades. / Building browser mode’s server failed.');
    process.exit(1);
  }
}
