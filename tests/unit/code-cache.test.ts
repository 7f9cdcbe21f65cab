import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDir('spalt-code-cache-');

/** Runs `file` through runWithCodeCache in a process of its own, as dist/server/spalt-server.cjs does. */
function run(file: string): string {
  const launcher = `import { runWithCodeCache } from ${JSON.stringify(join(root, 'main', 'server', 'code-cache.ts'))}; runWithCodeCache(${JSON.stringify(file)});`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', launcher], { cwd: root, encoding: 'utf8' });
}

/** A CommonJS program that prints what the loader gave it: require, __filename, exports. */
const program = (word: string) =>
  `const { basename, join } = require('node:path');\nmodule.exports.word = ${JSON.stringify(word)};\nconsole.log(${JSON.stringify(word)}, join('a', 'b'), basename(__filename), exports === module.exports);\n`;

describe('running a bundle with V8 code cache', () => {
  it('runs the program as CommonJS, writes the cache with the digest of its source, and then reads it', () => {
    const file = join(tempDir(), 'program.cjs');
    writeFileSync(file, program('första'));
    expect(run(file)).toBe('första a/b program.cjs true\n');

    const cache = readFileSync(`${file}.v8-cache`);
    const digest = createHash('sha1').update(readFileSync(file, 'utf8')).digest();
    expect(cache.subarray(0, digest.length).equals(digest)).toBe(true);
    expect(cache.length).toBeGreaterThan(digest.length + 100);

    // Accepted as it is: a second start leaves it alone.
    const written = statSync(`${file}.v8-cache`).mtimeMs;
    expect(run(file)).toBe('första a/b program.cjs true\n');
    expect(statSync(`${file}.v8-cache`).mtimeMs).toBe(written);
  });

  it('never runs the code of another build of the same length, and caches the new one', () => {
    const file = join(tempDir(), 'program.cjs');
    writeFileSync(file, program('första'));
    run(file);
    const before = readFileSync(`${file}.v8-cache`);
    // V8 itself compares only the length of the source: the same length, other code.
    writeFileSync(file, program('andra!'));
    expect(readFileSync(file, 'utf8').length).toBe(program('första').length);
    expect(run(file)).toBe('andra! a/b program.cjs true\n');
    const after = readFileSync(`${file}.v8-cache`);
    expect(after.subarray(0, 20).equals(before.subarray(0, 20))).toBe(false);
  });

  it('runs without a cache where none can be written', () => {
    const folder = tempDir();
    const file = join(folder, 'program.cjs');
    writeFileSync(file, program('tredje'));
    // A cache path that is a folder cannot be written as a file.
    execFileSync('mkdir', [`${file}.v8-cache`]);
    expect(run(file)).toBe('tredje a/b program.cjs true\n');
    expect(existsSync(join(folder, `program.cjs.v8-cache.${process.pid}.tmp`))).toBe(false);
  });
});
