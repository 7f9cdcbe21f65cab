// Adds up the vitest, proof and Playwright reports in one folder into one closing line: the
// whole run (vitest.json, proofs.json, playwright.json) and the WordPress tests run again
// against WordPress 7.1 (the same names with -7.1, present when there were such tests).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const read = (name) => {
  const file = join(folder, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

function countRun(suffix) {
  const vitest = read(`vitest${suffix}.json`);
  const playwright = read(`playwright${suffix}.json`);
  const proofs = read(`proofs${suffix}.json`) ?? [];
  const proofsPassed = proofs.filter((proof) => proof.ok).length;
  const unit = vitest ?? { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
  const e2e = playwright?.stats ?? { expected: 0, unexpected: 0, flaky: 0, skipped: 0 };
  return {
    unit: unit.numPassedTests,
    proofs: proofsPassed,
    e2e: e2e.expected,
    passed: unit.numPassedTests + e2e.expected + proofsPassed,
    failed: unit.numFailedTests + e2e.unexpected + e2e.flaky + (proofs.length - proofsPassed),
    skipped: unit.numPendingTests + unit.numTodoTests + e2e.skipped,
  };
}

const main = countRun('');
const current = countRun('-7.1');
console.log(`unit+integration: ${main.unit} passed; proofs: ${main.proofs} passed; end-to-end: ${main.e2e} passed`);
console.log(`WordPress 7.1 again: integration ${current.unit} passed; proofs: ${current.proofs} passed; end-to-end: ${current.e2e} passed`);
const passed = main.passed + current.passed;
const failed = main.failed + current.failed;
const skipped = main.skipped + current.skipped;
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || skipped > 0 || main.passed === 0 ? 1 : 0);
