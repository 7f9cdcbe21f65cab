// The lint: typescript-eslint's type-checked rules, React's rules of hooks, and the folder
// boundaries of "How the code is laid out" (README), so an import across them fails `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One forbidden kind of import: the module names it matches, and what to do instead. */
const forbid = (regex, message) => ({ regex, message });

const nodeBuiltIns = forbid(
  `^(node:|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/|$))`,
  'Node built-ins run only in main/; reach the core through the contract (shared/api.ts).',
);
const sqlite = forbid('^better-sqlite3(/|$)', 'SQLite is opened only in main/ (its SQL lives in main/db/).');
const electron = forbid('^electron(/|$)', 'Only main/electron/ imports electron; the rest of main/ runs under plain Node.');
const react = forbid('^(react|react-dom|@lexical/react)(/|$)', 'React belongs to renderer/; keep this code free of a UI framework.');
// Relative paths only: the repository has no path aliases, and no folder inside main/,
// shared/ or renderer/ is itself called main or renderer.
const main = forbid('^(\\.\\./)+main(/|$)', 'The renderer and shared/ never import main/; go through the contract (shared/api.ts).');
const renderer = forbid('^(\\.\\./)+renderer(/|$)', 'Only renderer/ imports renderer/.');

/**
 * A folder's forbidden imports, for static imports and re-exports (no-restricted-imports) and
 * for `import()` (no-restricted-syntax), which that rule does not see.
 */
function boundary(files, forbidden, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden }],
      'no-restricted-syntax': [
        'error',
        ...forbidden.map(({ regex, message }) => ({
          selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
          message,
        })),
      ],
    },
  };
}

const typeScript = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const scripts = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'release/',
      'build/',
      'test-results/',
      'playwright-report/',
      '.spalt-dev/',
      'node_modules/',
      '**/*.d.ts',
      '**/*.d.mts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    files: typeScript,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Control characters in patterns are on purpose here: text from cameras, sites and pastes
      // is searched for them to strip or refuse them.
      'no-control-regex': 'off',
    },
  },
  {
    files: typeScript,
    rules: {
      // A leading underscore names a value left out on purpose, most often a property taken
      // out of an object so the rest can be kept.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // An async function is how a synchronous body meets a contract that returns a promise
      // (every handler of shared/api.ts, the secret stores): a throw in it becomes a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests read WordPress's REST answers, the block editor's data and page.evaluate results
      // as they come; their assertions are what checks the shape.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Playwright reads a fixture's dependencies from its first parameter, which must be an
      // object pattern even when it needs none: `async ({}, use) => …`.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/bench/editor/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // A missing dependency is a stale closure waiting to happen: an error, not a hint.
      'react-hooks/exhaustive-deps': 'error',
      // Spalt is not built with the React Compiler; this only says the compiler would skip a
      // component that uses a library such as TanStack Virtual.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Build scripts and launchers (.mjs) and the config files run under plain Node, outside
    // the TypeScript projects.
    files: scripts,
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Injected into a page by the hostile-input proof.
    files: ['tests/proofs/hostile-input/*.page.js'],
    languageOptions: { globals: globals.browser },
  },

  boundary(['shared/**'], [nodeBuiltIns, sqlite, electron, react, main, renderer]),
  boundary(['renderer/**'], [nodeBuiltIns, sqlite, electron, main]),
  boundary(['main/**', 'tests/**'], [electron], ['main/electron/**', 'main/db/**']),
  boundary(['main/db/**'], [electron, react, renderer]),
);
