/**
 * `npm run serve`'s program, built into dist/server/spalt-server.cjs: browser mode's bundle
 * (main/server/cli.ts, built beside it as browser-mode.cjs) run with V8's code cache.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from './code-cache';

runWithCodeCache(join(dirname(fileURLToPath(import.meta.url)), 'browser-mode.cjs'));
