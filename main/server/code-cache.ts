/**
 * Runs a CommonJS bundle the way Node's own loader would, but with V8's code cache kept beside
 * it: a start then reads the compiled code instead of parsing the bundle again, and finds
 * compiled every function the first start ran. (Node 22 can do this itself with
 * module.enableCompileCache; Spalt also runs on Node 20.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** When the cache is written: after the start and the first requests have run their code. */
const writeAfterMs = 3_000;

function readOrNull(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

/**
 * V8 checks a cache against the source's length only, so the cache begins with the digest of
 * the source it was made from: a rebuilt bundle never runs another bundle's code.
 */
function digest(source: string): Buffer {
  return createHash('sha1').update(source).digest();
}

function writeCache(cacheFile: string, sourceDigest: Buffer, script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([sourceDigest, script.createCachedData()]));
    renameSync(temporary, cacheFile);
  } catch {
    // A folder Spalt may not write to (an installed copy) only means no cache.
  }
}

/** Runs `file` with `${file}.v8-cache`, and writes that cache when it is missing or stale. */
export function runWithCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  const sourceDigest = digest(source);
  const cacheFile = `${file}.v8-cache`;
  const stored = readOrNull(cacheFile);
  const matches = stored !== null && stored.subarray(0, sourceDigest.length).equals(sourceDigest);
  const script = new Script(Module.wrap(source), {
    filename: file,
    cachedData: matches ? stored.subarray(sourceDigest.length) : undefined,
  });

  // A cache V8 refuses (another V8 version, other flags) is made again, like a missing one.
  if (!matches || script.cachedDataRejected === true) {
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      writeCache(cacheFile, sourceDigest, script);
    };
    setTimeout(write, writeAfterMs).unref();
    process.once('exit', write);
  }

  const module = { exports: {} };
  const run = script.runInThisContext() as ModuleFunction;
  run(module.exports, createRequire(file), module, file, dirname(file));
}
