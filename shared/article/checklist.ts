import type { ArticleDraft } from './article';
import type { NewsroomSettings } from './newsroom';
import { isAllowedLinkUrl } from '../url-policy';

export type ChecklistRule =
  | 'headline.missing'
  | 'headline.tooLong'
  | 'lead.missing'
  | 'byline.missing'
  | 'signature.missing'
  | 'disclaimer.missing'
  | 'label.missing'
  | 'sponsor.missing'
  | 'photo.creditMissing'
  | 'photo.altMissing'
  | 'photo.altIsFileName'
  | 'photo.altShort'
  | 'link.empty'
  | 'placeholder.tk'
  | 'readAlso.unresolved';

export type ChecklistField = 'headline' | 'lead' | 'kicker' | 'bylines' | 'label' | 'disclaimer' | 'sponsor' | 'mainPhoto';

/** Where a problem is: a field of the article, or a block of the body (its top-level index). */
export type ChecklistTarget = { field: ChecklistField } | { block: number };

export interface ChecklistItem {
  rule: ChecklistRule;
  /** Errors stop publishing; warnings are for the editor to weigh. */
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
  target: ChecklistTarget;
}

export interface ChecklistContext {
  newsroom: NewsroomSettings;
  /** Whether a "Läs även" link's article is in the library. */
  articleExists: (id: string) => boolean;
  /**
   * A library photo's alt text and credit line, when known. A photo block of the library is
   * judged by the library's values, which are what will be published; without them, by the
   * values the block carries.
   */
  photo?: (id: string) => PhotoFacts | undefined;
}

export interface PhotoFacts {
  alt: string;
  creditLine: string;
}

type PhotoRule = Extract<ChecklistRule, `photo.${string}`>;

/** What keeps a photo from going out: no credit, no alt text, or a file name for alt text. */
function photoProblems({ alt, creditLine }: PhotoFacts): Array<[PhotoRule, ChecklistItem['severity'], ChecklistItem['params']]> {
  const problems: Array<[PhotoRule, ChecklistItem['severity'], ChecklistItem['params']]> = [];
  const text = alt.trim();
  if (creditLine.trim() === '') problems.push(['photo.creditMissing', 'error', {}]);
  if (text === '') problems.push(['photo.altMissing', 'error', {}]);
  else if (looksLikeFileName(text)) problems.push(['photo.altIsFileName', 'error', { alt: text }]);
  else if (!/\s/.test(text)) problems.push(['photo.altShort', 'warning', { alt: text }]);
  return problems;
}

interface SerializedNode {
  type: string;
  text?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const fileNamePattern = /\.(jpe?g|png|gif|webp|heic|tiff?|bmp)$/i;

/** "Dokument-skriva-avatal", "IMG_9098", "321797441_8341…_n.jpg": what a camera or a download names a file. */
export function looksLikeFileName(text: string): boolean {
  const value = text.trim();
  if (fileNamePattern.test(value)) return true;
  if (/\s/.test(value)) return false;
  return /[-_]/.test(value) || /\d{3,}/.test(value);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function childrenOf(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
}

function textOf(node: SerializedNode): string {
  return str(node.text) + childrenOf(node).map(textOf).join('');
}

function* walk(node: SerializedNode): Generator<SerializedNode> {
  yield node;
  for (const child of childrenOf(node)) yield* walk(child);
}

function checkBlock(block: SerializedNode, index: number, ctx: ChecklistContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const at = { block: index };
  const add = (rule: ChecklistRule, severity: ChecklistItem['severity'], params: ChecklistItem['params'] = {}) =>
    items.push({ rule, severity, params, target: at });
  for (const node of walk(block)) {
    if (node.type === 'photo') {
      const id = str(node.photoId);
      const facts = (id !== '' ? ctx.photo?.(id) : undefined) ?? { alt: str(node.alt), creditLine: str(node.credit) };
      for (const [rule, severity, params] of photoProblems(facts)) add(rule, severity, params);
    } else if (node.type === 'link' || node.type === 'autolink') {
      if (!isAllowedLinkUrl(str(node.url)) || textOf(node).trim() === '') add('link.empty', 'error', { text: textOf(node) });
    } else if (node.type === 'read-also') {
      const id = str(node.articleId);
      const resolves = id !== '' ? ctx.articleExists(id) : isAllowedLinkUrl(str(node.url));
      if (!resolves) add('readAlso.unresolved', 'error', { title: str(node.title) });
    }
  }
  return items;
}

const hasTk = (text: string) => /(^|[^\p{L}\p{N}])TK($|[^\p{L}\p{N}])/u.test(text);

/** Everything that stands between this article and publishing, in reading order. */
export function checkArticle(draft: ArticleDraft, ctx: ChecklistContext): ChecklistItem[] {
  const rules = ctx.newsroom.kinds[draft.kind];
  const items: ChecklistItem[] = [];
  const add = (rule: ChecklistRule, field: ChecklistField, params: ChecklistItem['params'] = {}) =>
    items.push({ rule, severity: 'error', params, target: { field } });

  if (rules.label !== '' && draft.label.trim() === '') add('label.missing', 'label', { label: rules.label });
  if (hasTk(draft.kicker)) add('placeholder.tk', 'kicker');
  const headline = draft.headline.trim();
  if (headline === '') add('headline.missing', 'headline');
  else if ([...headline].length > ctx.newsroom.headlineMaxLength) {
    add('headline.tooLong', 'headline', { length: [...headline].length, max: ctx.newsroom.headlineMaxLength });
  }
  if (hasTk(draft.headline)) add('placeholder.tk', 'headline');
  if (rules.requiresLead && draft.lead.trim() === '') add('lead.missing', 'lead');
  if (hasTk(draft.lead)) add('placeholder.tk', 'lead');
  if (rules.requiresSponsor && draft.sponsor.trim() === '') add('sponsor.missing', 'sponsor');
  const mainPhoto = draft.mainPhotoId ? ctx.photo?.(draft.mainPhotoId) : undefined;
  if (mainPhoto) {
    for (const [rule, severity, params] of photoProblems(mainPhoto)) {
      items.push({ rule, severity, params, target: { field: 'mainPhoto' } });
    }
  }

  const blocks = draft.body.root.children as SerializedNode[];
  const signed = blocks.some((block) => [...walk(block)].some((n) => n.type === 'signature' && Array.isArray(n.signers) && n.signers.length > 0));
  if (rules.requiresSignature) {
    if (!signed) items.push({ rule: 'signature.missing', severity: 'error', params: {}, target: { block: Math.max(0, blocks.length - 1) } });
  } else if (draft.bylines.length === 0) {
    add('byline.missing', 'bylines');
  }
  if (rules.disclaimer !== '' && draft.disclaimer.trim() === '') add('disclaimer.missing', 'disclaimer');

  blocks.forEach((block, index) => {
    items.push(...checkBlock(block, index, ctx));
    if (hasTk(textOf(block))) items.push({ rule: 'placeholder.tk', severity: 'error', params: {}, target: { block: index } });
  });
  return items;
}

export const blocksPublishing = (items: readonly ChecklistItem[]) => items.some((item) => item.severity === 'error');
