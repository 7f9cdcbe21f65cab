/**
 * Browser mode's server as `npm run serve` runs it (dist/server/spalt-server.cjs, built by
 * main/server/build.mjs), built once per test run: by the run's global setup (Vitest,
 * Playwright), by `npm test`'s build step, or by a proof or bench run on its own. The build
 * sets SPALT_SERVER_BUILT, which the processes started after it inherit.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const serverBundle = join(root, 'dist', 'server', 'spalt-server.cjs');

export function ensureServerBundle(): string {
  if (process.env.SPALT_SERVER_BUILT !== '1') {
    execFileSync(process.execPath, [join(root, 'main', 'server', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
    process.env.SPALT_SERVER_BUILT = '1';
  }
  return serverBundle;
}

/** Vitest's and Playwright's global setup. */
export default function globalSetup(): void {
  ensureServerBundle();
}
