/**
 * `npm run bench`: the core on a store of 5,000 articles (core-bench.ts), then the editor in
 * Chromium, Spalt's against a bare Lexical (editor-bench.ts). Prints tables; asserts nothing.
 * `npm run bench -- core` or `npm run bench:editor` runs one part alone.
 */
import { runCoreBench } from './core-bench';
import { runEditorBench } from './editor-bench';

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only !== undefined && only !== 'core' && only !== 'editor') throw new Error(`unknown part "${only}": core or editor`);
  if (only !== 'editor') await runCoreBench();
  if (only !== 'core') await runEditorBench();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
