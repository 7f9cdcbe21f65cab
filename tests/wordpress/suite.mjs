// The WordPress suite: every test file that starts a WordPress, found by what it imports (at
// any depth, type-only imports aside) reaching tests/wordpress/site.ts, so a test added later
// joins the run against the second version without a list to keep. A file that says, in a line
// of its own, "// WordPress suite: one version" (and why) is left out: one where the site is only
// a backdrop for checking Spalt's own interface (axe, the handbook's pictures).
//   node tests/wordpress/suite.mjs vitest|e2e|proofs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const tests = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(tests, '..');
const site = join(tests, 'wordpress', 'site.ts');

const kinds = {
  vitest: { dirs: ['unit', 'integration'], suffix: '.test.ts' },
  e2e: { dirs: ['e2e'], suffix: '.spec.ts' },
  proofs: { dirs: ['proofs'], suffix: '.proof.ts' },
};

/** Relative imports that bring code along: `import … from`, `export … from`, `import('…')`; not `import type`. */
function valueImports(file) {
  const source = readFileSync(file, 'utf8');
  const found = [];
  const patterns = [
    /^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm,
    /^\s*export\s+(?!type\s)[^'";]*?\sfrom\s+['"](\.[^'"]+)['"]/gm,
    /\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]);
  return found.map((spec) => resolveModule(dirname(file), spec)).filter((path) => path !== null);
}

function resolveModule(from, spec) {
  const base = resolve(from, spec);
  const candidates = [base, base.replace(/\.m?js$/, '.ts'), `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  // Only tests/ can lead to the harness; shared/ and main/ never import it.
  return candidates.find((path) => path.startsWith(tests) && existsSync(path) && statSync(path).isFile()) ?? null;
}

const importsOf = new Map();
function startsWordPress(file, seen = new Set()) {
  if (file === site) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  if (!importsOf.has(file)) importsOf.set(file, valueImports(file));
  return importsOf.get(file).some((next) => startsWordPress(next, seen));
}

const oneVersion = /^\/\/ WordPress suite: one version\b/m;

const kind = kinds[process.argv[2]];
if (!kind) {
  console.error(`usage: node tests/wordpress/suite.mjs ${Object.keys(kinds).join('|')}`);
  process.exit(2);
}
for (const dir of kind.dirs) {
  const folder = join(tests, dir);
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    if (name.endsWith(kind.suffix) && startsWordPress(file) && !oneVersion.test(readFileSync(file, 'utf8'))) {
      console.log(relative(root, file));
    }
  }
}
