/**
 * Starts one WordPress test site by hand, for debugging: prints its address and the users'
 * credentials, and stops it (processes, config file, folder) on Ctrl-C.
 *   npx tsx tests/wordpress/serve.ts            (SPALT_WORDPRESS=7.1 for the current release)
 */
import { startWordPress, wordPressRoles } from './site';

const started = Date.now();
const site = await startWordPress();
console.log(`WordPress ${site.release} (${site.theme}) ${site.url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`  REST API: ${site.restUrl('/')}`);
console.log(`  Log in:   ${site.url}/wp-login.php`);
console.log(`  Folder:   ${site.dir}`);
console.log(`  Config:   ${site.configFile}`);
for (const role of wordPressRoles) {
  const user = site.users[role];
  console.log(
    `  ${role.padEnd(13)} id ${user.id}  user ${user.username}  password ${user.password}  application password ${user.applicationPassword}`,
  );
}
console.log('Ctrl-C stops it.');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  site.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The site's processes do not keep Node running; this does, until a signal.
setInterval(() => undefined, 1 << 30);
