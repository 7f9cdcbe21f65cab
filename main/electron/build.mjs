// `npm run build:electron`: bundles the main process and the preload into dist/electron.
// Usage: node main/electron/build.mjs [--out-dir DIR]
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeBundleOptions, projectRoot as root } from '../node-bundle.mjs';

/** esbuild options for both bundles; exported so tests bundle exactly what ships. */
export function electronBuildOptions(outDir = join(root, 'dist', 'electron')) {
  return {
    // better-sqlite3 and sharp stay real packages (sharp's binaries are Node-API builds from its
    // @img/* packages, good for Electron as they are).
    main: nodeBundleOptions({
      entry: join(root, 'main', 'electron', 'main.ts'),
      outfile: join(outDir, 'main.cjs'),
      target: 'node22',
      external: ['electron'],
    }),
    preload: {
      absWorkingDir: root,
      bundle: true,
      format: 'cjs',
      logLevel: 'warning',
      legalComments: 'none',
      entryPoints: [join(root, 'main', 'electron', 'preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      // A sandboxed preload can require only electron, so nothing may assume Node.
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
    },
  };
}

export async function buildElectron(outDir) {
  const options = electronBuildOptions(outDir);
  await Promise.all([build(options.main), build(options.preload)]);
  return { main: options.main.outfile, preload: options.preload.outfile };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--out-dir');
  const outDir = flag === -1 ? undefined : resolve(process.argv[flag + 1] ?? '');
  try {
    const files = await buildElectron(outDir);
    console.log(`Electron-delarna byggda / Electron parts built: ${files.main}, ${files.preload}`);
  } catch {
    // esbuild has already printed what went wrong.
    console.error('Bygget av Electron-delarna misslyckades. / Building the Electron parts failed.');
    process.exit(1);
  }
}
