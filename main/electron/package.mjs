// `npm run package`: electron-builder with electron-builder.yml, the update feed filled in from
// SPALT_UPDATE_URL (or left out when it is unset) and the deb's maintainer from SPALT_MAINTAINER
// (or the file's own when it is unset). Extra arguments go to electron-builder
// (`npm run package -- --linux deb`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from '../node-bundle.mjs';

export function readBuilderConfig(root = projectRoot) {
  return parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
}

/** "Name <address@host.tld>", as a Debian package's Maintainer field wants it. */
const maintainerForm = /^[^<>@\s][^<>@]*[^<>@\s] <[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>$/;

/** The deb's maintainer: SPALT_MAINTAINER when set, else the file's. Throws when it has not that form. */
function withMaintainer(config, env) {
  const maintainer = env.SPALT_MAINTAINER?.trim() ?? '';
  if (maintainer === '') return config;
  if (!maintainerForm.test(maintainer)) {
    throw new Error(
      `SPALT_MAINTAINER ska vara ett namn och en e-postadress, till exempel "Redaktionens IT <it@tidningen.se>" (fick "${maintainer}"). ` +
        `/ SPALT_MAINTAINER must be a name and an e-mail address, for example "Newsroom IT <it@paper.example>" (got "${maintainer}").`,
    );
  }
  return { ...config, linux: { ...config.linux, maintainer } };
}

/**
 * The configuration electron-builder gets: the update feed at SPALT_UPDATE_URL, or none, and the
 * deb's maintainer from SPALT_MAINTAINER. Throws, in Swedish and English, when the address is not
 * an https one or the maintainer not a name and an e-mail address.
 */
export function packagingConfig(config, env = process.env) {
  const maintained = withMaintainer(config, env);
  const url = env.SPALT_UPDATE_URL?.trim() ?? '';
  if (url === '') return { ...maintained, publish: null };
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed === null || parsed.protocol !== 'https:' || parsed.hostname === '') {
    throw new Error(
      `SPALT_UPDATE_URL måste vara en https-adress, till exempel https://uppdateringar.example.se/spalt/ (fick "${url}"). ` +
        `/ SPALT_UPDATE_URL must be an https address, for example https://updates.example.com/spalt/ (got "${url}").`,
    );
  }
  return { ...maintained, publish: { ...maintained.publish, url: parsed.href } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let config;
  try {
    config = packagingConfig(readBuilderConfig());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log(
    config.publish === null
      ? 'Ingen uppdateringskälla (SPALT_UPDATE_URL saknas): appen letar inte efter uppdateringar. / No update feed (SPALT_UPDATE_URL unset): the app never looks for updates.'
      : `Uppdateringar från / Updates from ${config.publish.url}`,
  );
  console.log(`Debianpaketets ansvarige / The deb's maintainer: ${config.linux.maintainer}`);
  const dir = mkdtempSync(join(tmpdir(), 'spalt-package-'));
  const file = join(dir, 'electron-builder.json');
  writeFileSync(file, JSON.stringify(config));
  const cli = join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--config', file, '--publish', 'never', ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  rmSync(dir, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}
