import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuKey } from '../../main/electron/menu-template';
import type { Input, TypographySettings } from '../../shared/api';
import type { ArticleKind, ArticleStatus } from '../../shared/article/article';
import type { BylineRole } from '../../shared/article/byline';
import type { ChecklistItem, ChecklistRule } from '../../shared/article/checklist';
import type { PersonKind } from '../../shared/article/people';
import type { CreditSuggestion, CreditType, PhotoProblem } from '../../shared/article/photo';
import type { ErrorCode } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { builtKeyPrefixes, type BuiltKeyPrefix, type FamilyValue } from '../../shared/i18n/built-keys';
import { catalogue } from '../../shared/i18n/catalogue';
import type { Entry } from '../../shared/i18n/message';
import type { postStatusOf } from '../../shared/publish/post-status';
import type { ConflictField, JobState, JobStep, PublishAction } from '../../shared/publish/publish';
import type { KnownWordPressRole } from '../../shared/publish/roles';
import type { capabilityNames } from '../../shared/publish/site';
import type { PostStatus } from '../../main/publish/wordpress/review';
import type { RevisionName } from '../../shared/article/history';
import type { BlockAspect, BlockChangeKind } from '../../shared/revisions/diff';
import type { ArticleField } from '../../shared/revisions/fields';

const root = join(import.meta.dirname, '../..');
const areasDir = join(root, 'shared/i18n/areas');
const keys = Object.keys(catalogue);

/** Every .ts and .tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The product's code: where a key is used. The areas only define keys. */
const code = ['renderer', 'shared', 'main']
  .flatMap((dir) => sources(join(root, dir)))
  .filter((path) => !path.startsWith(areasDir))
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** Every string literal in the code that has the shape of a key ('library.heading'). */
const literals = new Set(code.flatMap(({ text }) => [...text.matchAll(/(['"`])([a-zA-Z]\w*(?:\.\w+)+)\1/g)].map((match) => match[2])));

/** The families of keys the code builds at run time: `builtKey('kind.', kind)`. */
const builtPrefixesInUse = new Set(
  code.flatMap(({ text }) => [...text.matchAll(/builtKey\(\s*'([^']+)'/g)].map((match) => match[1] ?? '')),
);
const inFamily = (key: string) => [...builtPrefixesInUse].some((prefix) => key.startsWith(prefix));

/**
 * The type each family's values come from: the compiler holds the keys under each declared
 * prefix to exactly these values, so a family can neither miss a key nor keep a stale one.
 */
interface FamilyTypes {
  'error.': ErrorCode;
  'kind.': ArticleKind;
  'status.': ArticleStatus;
  'bylines.role.': BylineRole;
  'people.kind.': PersonKind;
  'checklist.severity.': ChecklistItem['severity'];
  'checklist.rule.': ChecklistRule;
  'photo.problem.': PhotoProblem;
  'credit.type.': CreditType | 'none';
  'credit.source.': CreditSuggestion['source'];
  'export.format.': Input<'articles.export'>['format'];
  'sites.role.': KnownWordPressRole | 'none';
  'sites.cap.': (typeof capabilityNames)[number];
  'outbox.state.': JobState;
  'outbox.step.': JobStep;
  'outbox.action.': PublishAction;
  'outbox.conflict.': ConflictField;
  'publishDialog.actionHint.': PublishAction;
  'publishDialog.submit.': PublishAction;
  'publishProgress.heading.': PublishAction;
  'publishProgress.done.': ReturnType<typeof postStatusOf>;
  'articlePublish.done.': ReturnType<typeof postStatusOf>;
  'settings.typography.': keyof TypographySettings;
  'language.': Language;
  'menu.': MenuKey;
  'wordpress.postStatus.': PostStatus;
  'history.name.': RevisionName;
  'history.field.': ArticleField | 'photoCredits';
  'history.block.': BlockChangeKind;
  'history.aspect.': BlockAspect;
}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatched = {
  [Prefix in BuiltKeyPrefix]: Same<FamilyValue<Prefix>, FamilyTypes[Prefix]> extends true ? never : Prefix;
}[BuiltKeyPrefix];
// Compiles only while every family matches its type; else the type names the families that do not.
const everyFamilyMatches: [Mismatched] extends [never] ? true : Mismatched = true;
const everyFamilyHasItsType: [Exclude<BuiltKeyPrefix, keyof FamilyTypes>] extends [never] ? true : false = true;

describe('the catalogue', () => {
  it('holds every area file, each key in one area only', async () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(areasDir)) {
      const module = (await import(join(areasDir, file))) as Record<string, Record<string, Entry>>;
      for (const area of Object.values(module)) {
        for (const [key, entry] of Object.entries(area)) {
          if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${file}`);
          seen.set(key, file);
          expect(catalogue[key as keyof typeof catalogue], `${key} from ${file} is in the catalogue`).toBe(entry);
        }
      }
    }
    expect(twice).toEqual([]);
    expect([...seen.keys()].sort()).toEqual([...keys].sort());
  });

  it('uses every key somewhere in renderer/, shared/ or main/, by name or in a family built at run time', () => {
    expect(code.length).toBeGreaterThan(100);
    const unused = keys.filter((key) => !literals.has(key) && !inFamily(key));
    expect(unused).toEqual([]);
  });

  it('declares every family the code builds, and the code builds every family declared', () => {
    expect([...builtPrefixesInUse].sort()).toEqual([...builtKeyPrefixes].sort());
  });

  it('holds each family to the values of its type (checked by the compiler)', () => {
    expect([everyFamilyMatches, everyFamilyHasItsType]).toEqual([true, true]);
  });

  it('finds uses the way the code writes them', () => {
    // A check that could pass on nothing would hide every unused key.
    expect(literals.has('library.heading')).toBe(true);
    expect(builtPrefixesInUse.has('kind.')).toBe(true);
    expect(inFamily('kind.news')).toBe(true);
    expect(literals.has('library.nosuchkey')).toBe(false);
  });
});
