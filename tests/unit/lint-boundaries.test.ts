/**
 * The folder boundaries in eslint.config.js, proven on small sources placed (in memory) inside
 * each folder: every forbidden import is reported, and the imports a folder needs are not, so
 * a change to the config cannot quietly let an import across a boundary through.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const boundaryRules = new Set(['no-restricted-imports', 'no-restricted-syntax']);

// The repository's own config, with only the boundary rules. Type information is switched off:
// these files exist only in memory, so no TypeScript project holds them, and the boundary
// rules read the import's text alone.
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId),
  overrideConfig: { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** What the lint reports for `code` placed at `filePath` (relative to the repository). */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath), warnIgnored: true });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

interface Folder {
  /** A file inside the folder, as if it were there. */
  file: string;
  forbidden: string[];
  allowed: string[];
}

const folders: Record<string, Folder> = {
  'shared/': {
    file: 'shared/article/probe.ts',
    forbidden: [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { promises } from 'fs';",
      "import Database from 'better-sqlite3';",
      "import type { Database as Connection } from 'better-sqlite3';",
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { LexicalComposer } from '@lexical/react/LexicalComposer';",
      "import { openDatabase } from '../../main/db/open';",
      "export { createCore } from '../../main/core';",
      "import { App } from '../../renderer/App';",
      "export const later = () => import('node:path');",
      "export const later = () => import('../../main/core');",
    ],
    allowed: [
      "import { z } from 'zod';",
      "import { $getRoot } from 'lexical';",
      "import { formatDate } from '../format/date';",
      "import type { Handlers } from '../api';",
    ],
  },
  'renderer/': {
    file: 'renderer/views/probe.tsx',
    forbidden: [
      "import { readFileSync } from 'node:fs';",
      "import { createHash } from 'crypto';",
      "import Database from 'better-sqlite3';",
      "import { ipcRenderer } from 'electron';",
      "import { createCore } from '../../main/core';",
      "import type { HandlerContext } from '../../main/handlers/context';",
      "export const later = () => import('../../main/core');",
      "export const later = () => import('electron');",
    ],
    allowed: [
      "import { useState } from 'react';",
      "import { LexicalComposer } from '@lexical/react/LexicalComposer';",
      "import type { Handlers } from '../../shared/api';",
      "import { invoke } from '../platform/transport';",
    ],
  },
  'main/ outside electron/ and db/': {
    file: 'main/publish/probe.ts',
    forbidden: [
      "import { app } from 'electron';",
      "import { safeStorage } from 'electron/main';",
      "export const later = () => import('electron');",
    ],
    allowed: [
      "import Database from 'better-sqlite3';",
      "import { readFileSync } from 'node:fs';",
      "import { listArticles } from '../db/articles';",
      "import type { Handlers } from '../../shared/api';",
    ],
  },
  'main/electron/': {
    file: 'main/electron/probe.ts',
    forbidden: [],
    allowed: [
      "import { app, BrowserWindow } from 'electron';",
      "import { join } from 'node:path';",
      "import { createCore } from '../core';",
    ],
  },
  'main/db/': {
    file: 'main/db/probe.ts',
    forbidden: [
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import { renderToString } from 'react-dom/server';",
      "import { App } from '../../renderer/App';",
    ],
    allowed: [
      "import Database from 'better-sqlite3';",
      "import { readFileSync } from 'node:fs';",
      "import type { Article } from '../../shared/article/article';",
    ],
  },
  'tests/': {
    file: 'tests/unit/probe.test.ts',
    forbidden: ["import { app } from 'electron';"],
    allowed: [
      "import Database from 'better-sqlite3';",
      "import { createCore } from '../../main/core';",
      "import { expect } from 'vitest';",
    ],
  },
};

describe('the lint keeps each folder to its imports', () => {
  for (const [name, { file, forbidden, allowed }] of Object.entries(folders)) {
    describe(name, () => {
      for (const code of forbidden) {
        it(`reports ${code}`, async () => {
          const found = await problems(file, code);
          expect(found).toHaveLength(1);
          expect(found[0]).toMatch(/^no-restricted-(imports|syntax): /);
        });
      }
      for (const code of allowed) {
        it(`allows ${code}`, async () => {
          expect(await problems(file, code)).toEqual([]);
        });
      }
    });
  }

  it('lints every folder it guards (none is ignored)', async () => {
    for (const { file } of Object.values(folders)) expect(await eslint.isPathIgnored(join(root, file))).toBe(false);
  });
});
