// Adds up the vitest, proof and Playwright reports into one closing line.
import { readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, proofsFile] = process.argv.slice(2);
const vitest = JSON.parse(readFileSync(vitestFile, 'utf8'));
const playwright = JSON.parse(readFileSync(playwrightFile, 'utf8'));
const proofs = proofsFile ? JSON.parse(readFileSync(proofsFile, 'utf8')) : [];
const proofsPassed = proofs.filter((proof) => proof.ok).length;

const passed = vitest.numPassedTests + playwright.stats.expected + proofsPassed;
const failed = vitest.numFailedTests + playwright.stats.unexpected + playwright.stats.flaky + (proofs.length - proofsPassed);
const skipped = vitest.numPendingTests + vitest.numTodoTests + playwright.stats.skipped;

console.log(
  `unit+integration: ${vitest.numPassedTests} passed; proofs: ${proofsPassed} passed; end-to-end: ${playwright.stats.expected} passed`,
);
console.log(`Summary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || skipped > 0 || passed === 0 ? 1 : 0);
