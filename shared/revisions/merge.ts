/**
 * Three-way merge of an article: the common ancestor, the local revision and the remote one.
 * Text fields merge word by word; the kind and the main photo as whole values; bylines item by
 * item; the body block by block (merge-body.ts). Whatever both sides changed differently is a
 * conflict carrying all three versions; the merged draft holds each conflict's default until
 * the person chooses, and `resolveMerge` applies their choices.
 */
import type { ArticleDraft } from '../article/article';
import type { Byline } from '../article/byline';
import type { BodyDocument } from '../document/body';
import { canonicalJson } from './block-content';
import { ConflictLog, type MergeChoices, type MergeConflict } from './conflicts';
import { bylineLine, textFields, type ArticleField } from './fields';
import { mergeBlocks } from './merge-body';
import { mergeTokens, plainSpace, textTokens } from './merge-tokens';

export interface ArticleMerge {
  readonly ancestor: ArticleDraft;
  readonly local: ArticleDraft;
  readonly remote: ArticleDraft;
  /** The merged article, with the choices given and each other conflict's default. */
  readonly merged: ArticleDraft;
  readonly conflicts: readonly MergeConflict[];
}

function mergeValue<T>(ancestor: T, local: T, remote: T, log: ConflictLog, show: (value: T) => string): T {
  const [o, a, b] = [canonicalJson(ancestor), canonicalJson(local), canonicalJson(remote)];
  if (a === b || b === o) return local;
  if (a === o) return remote;
  const choice = log.decide({
    kind: 'value',
    ancestor: show(ancestor),
    local: show(local),
    remote: show(remote),
    options: ['local', 'remote'],
    defaultChoice: 'local',
  });
  return choice === 'remote' ? remote : local;
}

function mergeText(ancestor: string, local: string, remote: string, log: ConflictLog): string {
  if (local === remote || remote === ancestor) return local;
  if (local === ancestor) return remote;
  const show = (tokens: readonly string[]) => tokens.join('');
  return mergeTokens(textTokens(ancestor), textTokens(local), textTokens(remote), log, { kind: 'words', show, space: plainSpace }).join('');
}

function mergeBylines(ancestor: readonly Byline[], local: readonly Byline[], remote: readonly Byline[], log: ConflictLog): Byline[] {
  const byKey = new Map<string, Byline>();
  const keysOf = (bylines: readonly Byline[]) =>
    bylines.map((byline) => {
      const key = canonicalJson(byline);
      byKey.set(key, byline);
      return key;
    });
  const show = (keys: readonly string[]) => keys.map((key) => bylineLine(byKey.get(key) as Byline)).join('\n');
  const merged = mergeTokens(keysOf(ancestor), keysOf(local), keysOf(remote), log, { kind: 'items', show, items: true });
  return merged.map((key) => byKey.get(key) as Byline);
}

function mergeBody(ancestor: BodyDocument, local: BodyDocument, remote: BodyDocument, log: ConflictLog): BodyDocument {
  const children = mergeBlocks(ancestor.root.children, local.root.children, remote.root.children, log, true);
  const { children: _o, ...ancestorRoot } = ancestor.root;
  const { children: _a, ...localRoot } = local.root;
  const { children: _b, ...remoteRoot } = remote.root;
  const root = canonicalJson(localRoot) === canonicalJson(ancestorRoot) ? remoteRoot : localRoot;
  return { root: { ...root, children } };
}

export function mergeArticles(ancestor: ArticleDraft, local: ArticleDraft, remote: ArticleDraft, choices: MergeChoices = {}): ArticleMerge {
  const log = new ConflictLog(choices);
  const place = (field: ArticleField) => {
    log.place = { part: 'field', field };
  };
  place('kind');
  const kind = mergeValue(ancestor.kind, local.kind, remote.kind, log, String);
  const texts: Partial<Record<(typeof textFields)[number], string>> = {};
  for (const field of textFields) {
    place(field);
    texts[field] = mergeText(ancestor[field], local[field], remote[field], log);
  }
  place('bylines');
  const bylines = mergeBylines(ancestor.bylines, local.bylines, remote.bylines, log);
  place('mainPhotoId');
  const mainPhotoId = mergeValue(ancestor.mainPhotoId, local.mainPhotoId, remote.mainPhotoId, log, (id) => id ?? '');
  const body = mergeBody(ancestor.body, local.body, remote.body, log);
  log.checkChoicesUsed();
  const merged: ArticleDraft = {
    kind,
    kicker: texts.kicker ?? local.kicker,
    headline: texts.headline ?? local.headline,
    lead: texts.lead ?? local.lead,
    bylines,
    label: texts.label ?? local.label,
    disclaimer: texts.disclaimer ?? local.disclaimer,
    sponsor: texts.sponsor ?? local.sponsor,
    mainPhotoId,
    body,
  };
  return { ancestor, local, remote, merged, conflicts: log.conflicts };
}

/** The merged article with the person's choices, one per conflict id; the others keep their default. */
export function resolveMerge(merge: ArticleMerge, choices: MergeChoices): ArticleDraft {
  return mergeArticles(merge.ancestor, merge.local, merge.remote, choices).merged;
}
