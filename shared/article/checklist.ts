import type { ArticleDraft } from './article';
import type { NewsroomSettings } from './newsroom';
import type { PhotoProblem } from './photo';
import { photoFindings, photoTextFindings, type PhotoAdvice, type PhotoFacts, type PhotoFinding, type PhotoOccasion } from './photo-rights';
import { stringField, type SerializedBodyNode } from '../document/markup/serialized';
import type { PhotoUse } from '../document/nodes/definition';
import { propsFromJSON } from '../document/nodes/props';
import { definitionOf } from '../document/nodes/registry';
import { SignatureNode } from '../document/nodes/signature/node';
import { nodeText, nodesIn } from '../document/nodes/walk';
import { occurrenceOf, styleFindings, type HouseStyle, type StyleFinding, type StyleRule } from '../proofing/house-style';
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
  | 'photo.licenceExpired'
  | 'photo.oneTimeSpent'
  | 'photo.oneTimeShared'
  | 'photo.notReceived'
  | 'link.empty'
  | 'placeholder.tk'
  | 'readAlso.unresolved'
  | 'readAlso.trashed'
  | 'readAlso.unpublished'
  | 'readAlso.notOnSite'
  | 'readAlso.scheduled'
  | 'spelling.unknown'
  | StyleRule;

export type ChecklistField = 'headline' | 'lead' | 'kicker' | 'bylines' | 'label' | 'disclaimer' | 'sponsor' | 'mainPhoto';

/**
 * Where a problem is: a field of the article, or a block of the body (its top-level index), and
 * there, for a word, the word and which of its occurrences in the block.
 */
export type ChecklistTarget =
  | { field: ChecklistField; word?: { text: string; nth: number }; phrase?: TextOccurrence }
  | { block: number; word?: { text: string; nth: number }; phrase?: TextOccurrence };

/** A stretch of text where it stands: the nth time it occurs in its field or block's text, from 0. */
export interface TextOccurrence {
  text: string;
  nth: number;
}

/** A word spelling does not know, where it stands: in the body, or in a field of text (see renderer/proofing). */
export interface SpellingFinding {
  /** The block's top-level index, or the field. */
  block: number | 'kicker' | 'headline' | 'lead';
  word: string;
  /** Which occurrence of the word in its block, from 0. */
  nth: number;
}

export interface ChecklistItem {
  rule: ChecklistRule;
  /** Errors stop publishing; warnings are for the editor to weigh. */
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
  target: ChecklistTarget;
  /** What to write in place of the target's phrase, where one click can put it right. */
  fix?: string;
}

/**
 * Where a "Läs även" to an article of the library stands. In the article view: missing,
 * trashed, published nowhere yet, or fine. For one site (the publish dialog): not there, or
 * there but scheduled (the Stockholm time it goes out), or published there.
 */
export type LinkedArticle =
  | { state: 'missing' }
  | { state: 'trashed' }
  | { state: 'unpublished' }
  | { state: 'notOnSite'; site: string }
  | { state: 'scheduled'; site: string; time: string }
  | { state: 'ready' };

export interface ChecklistContext {
  newsroom: NewsroomSettings;
  /** Where a "Läs även" link's article stands. */
  linkedArticle: (id: string) => LinkedArticle;
  /**
   * The photo library, when known. A library photo is judged by the library's texts, which are
   * what will be published, and by its licence on this occasion; without the library, a photo
   * block is judged by the texts it carries.
   */
  photos?: PhotoOccasion & { facts: (id: string) => PhotoFacts | undefined };
  /** The body's unknown words, when spelling has read it: warnings, for the editor to weigh. */
  spelling?: readonly SpellingFinding[];
}

const photoRules: Record<PhotoProblem | PhotoAdvice, Extract<ChecklistRule, `photo.${string}`>> = {
  missing_credit: 'photo.creditMissing',
  missing_alt: 'photo.altMissing',
  alt_is_file_name: 'photo.altIsFileName',
  alt_short: 'photo.altShort',
  licence_expired: 'photo.licenceExpired',
  one_time_used: 'photo.oneTimeSpent',
  one_time_shared: 'photo.oneTimeShared',
};

/** The photo rule's findings as checklist items at one place of the article. */
const photoItems = (findings: readonly PhotoFinding[], target: ChecklistTarget): ChecklistItem[] =>
  findings.map(({ problem, severity, params }) => ({ rule: photoRules[problem], severity, params, target }));

/** A library photo by the library; anything else by the texts its block carries. */
function blockPhotoFindings(photo: PhotoUse, ctx: ChecklistContext): PhotoFinding[] {
  const library = photo.photoId ? ctx.photos?.facts(photo.photoId) : undefined;
  if (library && ctx.photos) return photoFindings(library, ctx.photos);
  return photoTextFindings({ alt: photo.alt, creditLine: photo.credit });
}

function checkBlock(block: SerializedBodyNode, index: number, ctx: ChecklistContext): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const at = { block: index };
  const add = (rule: ChecklistRule, severity: ChecklistItem['severity'], params: ChecklistItem['params'] = {}) =>
    items.push({ rule, severity, params, target: at });
  for (const node of nodesIn(block)) {
    const definition = definitionOf(node.type);
    const photo = definition?.photo?.of(node);
    const link = definition?.article?.of(node);
    if (photo) items.push(...photoItems(blockPhotoFindings(photo, ctx), at));
    // A photo block with no image: one sent with a submission that never reached this library
    // (the review queue, judging a post not yet opened, knows no library and does not ask).
    if (photo && ctx.photos && photo.src.trim() === '')
      add('photo.notReceived', 'error', { name: photo.alt.trim() || photo.caption.trim() || photo.credit });
    if (node.type === 'link' || node.type === 'autolink') {
      const text = nodeText(node);
      if (!isAllowedLinkUrl(stringField(node, 'url') ?? '') || text.trim() === '') add('link.empty', 'error', { text });
    }
    if (link?.articleId) {
      const [rule, severity, params] = readAlsoProblem(ctx.linkedArticle(link.articleId)) ?? [];
      if (rule && severity) add(rule, severity, { title: link.title, articleId: link.articleId, ...params });
    } else if (link && !isAllowedLinkUrl(link.url)) {
      add('readAlso.unresolved', 'error', { title: link.title });
    }
  }
  return items;
}

/** Whether the body is signed: a signature with at least one signer, at any depth. */
function isSigned(blocks: readonly SerializedBodyNode[]): boolean {
  const signers = (node: SerializedBodyNode) =>
    node.type === SignatureNode.getType() ? propsFromJSON(SignatureNode.properties, node).signers : [];
  return blocks.some((block) => [...nodesIn(block)].some((node) => signers(node).length > 0));
}

type ReadAlsoRule = Extract<ChecklistRule, `readAlso.${string}`>;

/**
 * A linked article that is gone or in the trash can never be linked to, so that is an error
 * anywhere. Published nowhere yet is only a warning in the article view: it may well go out
 * first. On the site being published to, a link to an article not there is an error (the
 * link would be dead); a scheduled one is a warning, fine for a publish scheduled after it.
 */
function readAlsoProblem(linked: LinkedArticle): [ReadAlsoRule, ChecklistItem['severity'], ChecklistItem['params']] | null {
  switch (linked.state) {
    case 'missing':
      return ['readAlso.unresolved', 'error', {}];
    case 'trashed':
      return ['readAlso.trashed', 'error', {}];
    case 'unpublished':
      return ['readAlso.unpublished', 'warning', {}];
    case 'notOnSite':
      return ['readAlso.notOnSite', 'error', { site: linked.site }];
    case 'scheduled':
      return ['readAlso.scheduled', 'warning', { site: linked.site, time: linked.time }];
    case 'ready':
      return null;
  }
}

type StyleField = Extract<ChecklistField, 'kicker' | 'headline' | 'lead'>;

/**
 * The house style's findings of the texts the last check read, and of this one: the article view
 * checks again at every pause in typing, and a 20,000-word article's blocks are read again only
 * where they were typed in. Two generations, so texts no longer in the article are let go.
 */
const styleMemo = {
  style: null as HouseStyle | null,
  previous: new Map<string, StyleFinding[]>(),
  current: new Map<string, StyleFinding[]>(),
};

function rememberedStyleFindings(text: string, style: HouseStyle, place: 'running' | 'title'): StyleFinding[] {
  if (styleMemo.style !== style) {
    styleMemo.style = style;
    styleMemo.previous = new Map();
    styleMemo.current = new Map();
  }
  const key = `${place}\u0000${text}`;
  const findings = styleMemo.current.get(key) ?? styleMemo.previous.get(key) ?? styleFindings(text, style, place);
  styleMemo.current.set(key, findings);
  return findings;
}

function nextStyleGeneration(): void {
  styleMemo.previous = styleMemo.current;
  styleMemo.current = new Map();
}

/** The house style's warnings for one field or block, each naming its phrase and, where it has one, its fix. */
function styleItems(text: string, ctx: ChecklistContext, at: { field: StyleField } | { block: number }, place: 'running' | 'title') {
  return rememberedStyleFindings(text, ctx.newsroom.houseStyle, place).map((finding): ChecklistItem => {
    const target = { ...at, phrase: { text: finding.found, nth: occurrenceOf(text, finding) } };
    return {
      rule: finding.rule,
      severity: 'warning',
      params: finding.params,
      target,
      ...(finding.fix === null ? {} : { fix: finding.fix }),
    };
  });
}

const hasTk = (text: string) => /(^|[^\p{L}\p{N}])TK($|[^\p{L}\p{N}])/u.test(text);

/** Everything that stands between this article and publishing, in reading order. */
export function checkArticle(draft: ArticleDraft, ctx: ChecklistContext): ChecklistItem[] {
  const rules = ctx.newsroom.kinds[draft.kind];
  const items: ChecklistItem[] = [];
  const add = (rule: ChecklistRule, field: ChecklistField, params: ChecklistItem['params'] = {}) =>
    items.push({ rule, severity: 'error', params, target: { field } });

  if (rules.label !== '' && draft.label.trim() === '') add('label.missing', 'label', { label: rules.label });
  for (const { block, word, nth } of ctx.spelling ?? []) {
    if (typeof block !== 'string') continue;
    items.push({ rule: 'spelling.unknown', severity: 'warning', params: { word }, target: { field: block, word: { text: word, nth } } });
  }
  if (hasTk(draft.kicker)) add('placeholder.tk', 'kicker');
  items.push(...styleItems(draft.kicker, ctx, { field: 'kicker' }, 'title'));
  const headline = draft.headline.trim();
  if (headline === '') add('headline.missing', 'headline');
  else if ([...headline].length > ctx.newsroom.headlineMaxLength) {
    add('headline.tooLong', 'headline', { length: [...headline].length, max: ctx.newsroom.headlineMaxLength });
  }
  if (hasTk(draft.headline)) add('placeholder.tk', 'headline');
  items.push(...styleItems(draft.headline, ctx, { field: 'headline' }, 'title'));
  if (rules.requiresLead && draft.lead.trim() === '') add('lead.missing', 'lead');
  if (hasTk(draft.lead)) add('placeholder.tk', 'lead');
  items.push(...styleItems(draft.lead, ctx, { field: 'lead' }, 'running'));
  if (rules.requiresSponsor && draft.sponsor.trim() === '') add('sponsor.missing', 'sponsor');
  const mainPhoto = draft.mainPhotoId ? ctx.photos?.facts(draft.mainPhotoId) : undefined;
  if (mainPhoto && ctx.photos) items.push(...photoItems(photoFindings(mainPhoto, ctx.photos), { field: 'mainPhoto' }));

  const blocks = draft.body.root.children;
  if (rules.requiresSignature) {
    if (!isSigned(blocks))
      items.push({ rule: 'signature.missing', severity: 'error', params: {}, target: { block: Math.max(0, blocks.length - 1) } });
  } else if (draft.bylines.length === 0) {
    add('byline.missing', 'bylines');
  }
  if (rules.disclaimer !== '' && draft.disclaimer.trim() === '') add('disclaimer.missing', 'disclaimer');

  const spellingByBlock = new Map<number, SpellingFinding[]>();
  for (const finding of ctx.spelling ?? []) {
    if (typeof finding.block !== 'number') continue;
    const list = spellingByBlock.get(finding.block) ?? [];
    list.push(finding);
    spellingByBlock.set(finding.block, list);
  }
  blocks.forEach((block, index) => {
    items.push(...checkBlock(block, index, ctx));
    const text = nodeText(block);
    if (hasTk(text)) items.push({ rule: 'placeholder.tk', severity: 'error', params: {}, target: { block: index } });
    // Text the writer types into (a paragraph, a list, a quote); a block of its own has its fields.
    if (Array.isArray(block.children))
      items.push(...styleItems(text, ctx, { block: index }, block.type === 'heading' ? 'title' : 'running'));
    for (const found of spellingByBlock.get(index) ?? []) {
      const target = { block: index, word: { text: found.word, nth: found.nth } };
      items.push({ rule: 'spelling.unknown', severity: 'warning', params: { word: found.word }, target });
    }
  });
  nextStyleGeneration();
  return items;
}

export const blocksPublishing = (items: readonly ChecklistItem[]) => items.some((item) => item.severity === 'error');
