/**
 * Where things may be written, read from the source tree itself so it stays so: SQL only in
 * main/db/ and there with named parameters only; events built only by main/events.ts's
 * helpers; Stockholm time only in shared/format/date.ts; no schema library in the renderer's start.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface Source {
  /** Relative to the repository, with forward slashes. */
  path: string;
  file: ts.SourceFile;
}

function sourcesUnder(folder: string): Source[] {
  const found: Source[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        const path = relative(root, full).split(sep).join('/');
        const kind = entry.name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
        found.push({ path, file: ts.createSourceFile(path, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true, kind) });
      }
    }
  };
  walk(join(root, folder));
  return found;
}

const product = [...sourcesUnder('main'), ...sourcesUnder('shared'), ...sourcesUnder('renderer')];
const inDb = (source: Source) => source.path.startsWith('main/db/');

function nodesOf(file: ts.SourceFile): ts.Node[] {
  const nodes: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return nodes;
}

const where = (source: Source, node: ts.Node) => `${source.path}:${source.file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

/** Calls of `receiver.name(…)`, with the receiver's text. */
function methodCalls(source: Source): Array<{ name: string; receiver: ts.Expression; call: ts.CallExpression }> {
  return nodesOf(source.file).flatMap((node) =>
    ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
      ? [{ name: node.expression.name.text, receiver: node.expression.expression, call: node }]
      : [],
  );
}

const isTextLiteral = (node: ts.Node | undefined) => node !== undefined && (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node));

/**
 * A call that runs SQL: prepare, pragma and transaction on anything; exec when it is given SQL
 * text or called on a connection (a RegExp's exec is given the text to search, by name).
 */
function runsSql({ name, receiver, call }: ReturnType<typeof methodCalls>[number]): boolean {
  if (name === 'prepare' || name === 'pragma' || name === 'transaction') return true;
  if (name !== 'exec' || ts.isRegularExpressionLiteral(receiver)) return false;
  return isTextLiteral(call.arguments[0]) || /(^|\.)(db|database|connection|reader|source|target)$/i.test(receiver.getText());
}

function moduleNames(source: Source, { typeOnlyToo }: { typeOnlyToo: boolean }): Array<{ name: string; node: ts.Node }> {
  return source.file.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return [];
    const typeOnly = statement.importClause?.isTypeOnly === true;
    return typeOnly && !typeOnlyToo ? [] : [{ name: statement.moduleSpecifier.text, node: statement }];
  });
}

/** Whether an import brings a value, so a bundler keeps it: not `import type`, nor only `type` names. */
function importsValue(statement: ts.ImportDeclaration): boolean {
  const clause = statement.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.some((element) => !element.isTypeOnly);
}

/**
 * The packages a part of the renderer evaluates: every module reached from `entry` by static
 * value imports (a view fetched with import() is not part of the start), each with the first
 * product file that imports it.
 */
function packagesReached(entry: string): Map<string, string> {
  const bySource = new Map(product.map((source) => [source.path, source]));
  const resolve = (from: string, name: string) =>
    ['.ts', '.tsx', '/index.ts'].map((ending) => join(dirname(from), name) + ending).find((path) => bySource.has(path));
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const statement of bySource.get(path)?.file.statements ?? []) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !importsValue(statement)) continue;
      const name = statement.moduleSpecifier.text;
      if (!name.startsWith('.')) {
        if (!packages.has(name)) packages.set(name, path);
        continue;
      }
      const target = resolve(path, name);
      if (target) walk(target);
      else if (!/\.(css|dic|aff)$|\?/.test(name) && !existsSync(join(root, dirname(path), name)))
        throw new Error(`${path}: cannot resolve ${name}`);
    }
  };
  walk(entry);
  return packages;
}

/**
 * The core's own packages among those reached, each as "file imports package": the contract's
 * schema library, and the HTML and Markdown parsers behind the markup conversions.
 */
function coreOnly(packages: Map<string, string>): string[] {
  return [...packages]
    .filter(([name]) => /^(zod|htmlparser2|entities|mdast-util-[\w-]+)(\/|$)/.test(name))
    .map(([name, by]) => `${by} imports ${name}`);
}

/** The text of every string and template part in a file (what a SQL statement is written in). */
function texts(source: Source): Array<{ text: string; node: ts.Node }> {
  return nodesOf(source.file).flatMap((node) =>
    ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
      ? [{ text: node.text, node }]
      : [],
  );
}

describe('the source tree', () => {
  it('reads every part of the product', () => {
    // A walk that found nothing would pass every rule below.
    expect(product.filter(inDb).length).toBeGreaterThan(20);
    expect(product.filter((source) => source.path.startsWith('main/handlers/')).length).toBeGreaterThanOrEqual(9);
    expect(product.filter((source) => source.path.startsWith('renderer/')).length).toBeGreaterThan(50);
  });

  it('runs SQL only in main/db/', () => {
    const outside = product
      .filter((source) => !inDb(source))
      .flatMap((source) =>
        methodCalls(source)
          .filter(runsSql)
          .map(({ call }) => `${where(source, call)} ${call.getText().slice(0, 60)}`),
      );
    expect(outside).toEqual([]);
  });

  it('opens better-sqlite3 only in main/db/ (elsewhere its Database is a type)', () => {
    const outside = product
      .filter((source) => !inDb(source))
      .flatMap((source) =>
        moduleNames(source, { typeOnlyToo: false })
          .filter(({ name }) => name === 'better-sqlite3')
          .map(({ node }) => where(source, node)),
      );
    expect(outside).toEqual([]);
  });

  it('writes SQL in main/db/ with named parameters only (@name), never positional ones', () => {
    const sqlWord = /\b(SELECT|INSERT|UPDATE|DELETE|VALUES|WHERE|SET)\b/;
    const otherStyles = /\?|(?<![:\w]):[A-Za-z_]\w*|\$[A-Za-z_]\w*/;
    // SQL's own quoted strings ('{"hasGps":false}', '$.code') hold no parameters.
    const outsideQuotes = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, "''");
    const positional = product.filter(inDb).flatMap((source) =>
      texts(source)
        .filter(({ text }) => sqlWord.test(text) && otherStyles.test(outsideQuotes(text)))
        .map(({ node, text }) => `${where(source, node)} ${text.trim().slice(0, 80)}`),
    );
    expect(positional).toEqual([]);
  });

  it('builds every event in main/events.ts, by one helper per event', () => {
    const byHand = product
      .filter((source) => source.path !== 'main/events.ts')
      .flatMap((source) =>
        methodCalls(source)
          .filter(({ name }) => name === 'emit')
          .map(({ call }) => `${where(source, call)} ${call.getText().slice(0, 60)}`),
      );
    expect(byHand).toEqual([]);
  });

  it('keeps Stockholm time in shared/format/date.ts alone', () => {
    const dateLibraries = /^(date-fns|@date-fns\/)/;
    const elsewhere = product
      .filter((source) => source.path !== 'shared/format/date.ts')
      .flatMap((source) => [
        ...moduleNames(source, { typeOnlyToo: true })
          .filter(({ name }) => dateLibraries.test(name))
          .map(({ node }) => where(source, node)),
        ...nodesOf(source.file)
          .filter(
            (node) =>
              ts.isIdentifier(node) && (node.text === 'TZDate' || node.text === 'DateTimeFormat' || node.text === 'newsroomTimeZone'),
          )
          .map((node) => where(source, node)),
      ]);
    expect(elsewhere).toEqual([]);
  });

  it('starts the renderer without a schema library or a markup parser: the core checks the contract and converts markup, the page only shows them', () => {
    const packages = packagesReached('renderer/main.tsx');
    // A walk that stopped early would find none of them either.
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', 'lexical', '@lexical/react/LexicalComposer']));
    expect(coreOnly(packages)).toEqual([]);
  });

  // The views a person opens most, each fetched when first shown: the library (where Spalt starts
  // when no article was left off), the trash, the photo library and an article's Historik.
  it.each([
    'renderer/views/library/LibraryView.tsx',
    'renderer/views/library/TrashView.tsx',
    'renderer/views/photos/PhotoLibraryView.tsx',
    'renderer/views/article/HistoryDialog.tsx',
  ])('opens %s without a schema library or a markup parser', (view) => {
    const packages = packagesReached(view);
    expect([...packages.keys()]).toContain('react');
    expect(coreOnly(packages)).toEqual([]);
  });
});
