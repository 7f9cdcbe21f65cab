/**
 * `npm run proofs`: every proof in tests/proofs (`<name>.proof.ts`) in turn, each as its own
 * process, then one table. `npm run proofs -- <name> [<name>…]` runs only those.
 *
 * A proof is a script that exercises one guarantee many times over (kills, faults, hostile
 * input) and ends with one line, `PROOF <name> ok|failed <figures>`, and exit code 0 or 1.
 * With SPALT_PROOFS_JSON set, the results are also written there for the test summary.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProofResult {
  name: string;
  ok: boolean;
  figures: string;
  seconds: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.proof.ts'))
  .map((file) => file.slice(0, -'.proof.ts'.length))
  .sort();

function runProof(name: string): Promise<ProofResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, `${name}.proof.ts`)], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    let last = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      last = (last + chunk.toString()).split('\n').slice(-20).join('\n');
    });
    child.on('exit', (code) => {
      const line =
        last
          .split('\n')
          .reverse()
          .find((text) => text.startsWith(`PROOF ${name} `)) ?? '';
      const match = /^PROOF \S+ (ok|failed)\s*(.*)$/.exec(line);
      resolve({
        name,
        ok: code === 0 && match?.[1] === 'ok',
        figures: match?.[2] ?? `no result line (exit ${code})`,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      });
    });
  });
}

async function main(): Promise<void> {
  const chosen = process.argv.slice(2);
  for (const name of chosen) {
    if (!available.includes(name)) throw new Error(`unknown proof "${name}": ${available.join(', ')}`);
  }
  const results: ProofResult[] = [];
  for (const name of chosen.length > 0 ? chosen : available) {
    console.log(`== proof: ${name}`);
    results.push(await runProof(name));
  }
  console.log('\n| proof | result | figures | seconds |\n|---|---|---|---|');
  for (const r of results) console.log(`| ${r.name} | ${r.ok ? 'ok' : 'FAILED'} | ${r.figures} | ${r.seconds} |`);
  if (process.env.SPALT_PROOFS_JSON) writeFileSync(process.env.SPALT_PROOFS_JSON, JSON.stringify(results));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

void main();
