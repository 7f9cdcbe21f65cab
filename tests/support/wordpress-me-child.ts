/**
 * Run as its own Node process (`node --import tsx`) with the environment under test: asks the
 * address in argv[2] who is logged in, with Spalt's WordPress client and Node's own fetch, and
 * prints the outcome as one line of JSON ({ ok: name } or { code, reason }).
 */
import { WordPressClient } from '../../main/publish/wordpress/client';
import { WordPressError } from '../../main/publish/wordpress/errors';

const address = process.argv[2] ?? '';
const client = new WordPressClient({
  address,
  username: 'anna',
  password: 'abcd efgh ijkl mnop',
  restRoot: `${address}/wp-json/`,
  timeouts: { requestMs: 5_000, perMegabyteMs: 0 },
});
client.me().then(
  (user) => console.log(JSON.stringify({ ok: user.name })),
  (error: unknown) =>
    console.log(
      JSON.stringify(
        error instanceof WordPressError ? { code: error.code, reason: error.details.reason ?? null } : { thrown: String(error) },
      ),
    ),
);
