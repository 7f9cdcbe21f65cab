// esbuild options shared by the two bundles that run under Node: the desktop app's main process
// (main/electron/build.mjs) and browser mode's server (main/server/build.mjs).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages that load native binaries at run time: they stay real packages in node_modules. */
export const nativePackages = ['better-sqlite3', 'sharp'];

/**
 * One CommonJS file for `entry`. CommonJS, not an ES module: the bundled libraries written as
 * CommonJS or UMD (exifr, yaml) call `require` for Node's own modules, and an ES module bundle
 * has no `require`, only esbuild's stand-in that throws (exifr then prints "Couldn't load fs"
 * and "Couldn't load zlib", yaml fails on "process").
 */
export function nodeBundleOptions({ entry, outfile, target, external = [] }) {
  return {
    absWorkingDir: projectRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target,
    external: [...nativePackages, ...external],
    // A module that finds its place with import.meta.url gets the bundle's own address. Libraries
    // that ship a development build beside the production one (Lexical) choose by NODE_ENV at run
    // time: defined here, only the production build is bundled, and the start reads, hashes and
    // compiles a quarter less (about 60 ms of browser mode's start).
    define: { 'import.meta.url': '__spaltBundleUrl', 'process.env.NODE_ENV': '"production"' },
    banner: { js: "const __spaltBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}
