import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { latestSchemaVersion } from '../../main/db/migrations';
import { serverBundle } from '../support/server-bundle';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Runs `npm run serve`'s program (built by the run's setup) and collects what it prints until it exits or prints the address. */
function runServe(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [serverBundle], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Öppna: http')) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run serve', () => {
  it('starts on a free loopback port, prints the address and the data folder, and stops cleanly', async () => {
    const dataDir = tempDir();
    const { code, output } = await runServe({ SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' });
    expect(output).toMatch(/Spalt körs i webbläsarläge\. Öppna: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(output).toContain(`Data: ${dataDir}`);
    expect(code).toBe(0);
    expect(readFileSync(join(dataDir, 'spalt.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
    // Nothing else: no warning from a bundled library (exifr's "Couldn't load fs" once was).
    const lines = output.trim().split('\n');
    expect(lines, output).toHaveLength(3);
    expect(lines[1]).toMatch(/^Spalt is running in browser mode\. Open: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('refuses a database file that is not SQLite, names it, and leaves it as it was', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'spalt.sqlite');
    writeFileSync(file, 'inte en databas\n'.repeat(50));
    const before = sha(file);
    const { code, output } = await runServe({ SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' });
    expect(code).toBe(2);
    expect(output).toContain(`Filen ${file} är inte en Spalt-databas eller är skadad. Spalt har inte ändrat den.`);
    expect(output).toContain(`The file ${file} is not a Spalt database`);
    expect(sha(file)).toBe(before);
  });

  it('refuses a database from a newer Spalt and writes nothing', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'spalt.sqlite');
    const db = openDatabase(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = sha(file);
    const { code, output } = await runServe({ SPALT_DATA_DIR: dataDir, SPALT_PORT: '0' });
    expect(code).toBe(2);
    expect(output).toContain('kommer från en nyare version av Spalt');
    expect(output).toContain('Installera den senaste versionen av Spalt');
    expect(sha(file)).toBe(before);
  });

  it('says what to do when the chosen port is taken or not a port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const taken = await runServe({ SPALT_DATA_DIR: tempDir(), SPALT_PORT: String(port) });
    blocker.close();
    expect(taken.code).toBe(2);
    expect(taken.output).toContain(`Porten ${port} används redan`);

    const invalid = await runServe({ SPALT_DATA_DIR: tempDir(), SPALT_PORT: 'åtta' });
    expect(invalid.code).toBe(2);
    expect(invalid.output).toContain('SPALT_PORT måste vara ett portnummer');
  });
});
