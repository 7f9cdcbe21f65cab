import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureServerBundle } from '../support/server-bundle';

describe("browser mode's built server", () => {
  // Lexical and its packages ship a development build beside the production one and pick one by
  // NODE_ENV when loaded; the bundle holds only the production build, which is what it runs.
  it('holds no development build of a library', () => {
    ensureServerBundle();
    const source = readFileSync(new URL('../../dist/server/browser-mode.cjs', import.meta.url), 'utf8');
    const modules = source.match(/^\/\/ node_modules\/\S+/gm) ?? [];
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.filter((line) => /\.dev\.js$|\.development\.js$/.test(line))).toEqual([]);
    expect(modules).toContain('// node_modules/lexical/dist/Lexical.prod.js');
  });
});
