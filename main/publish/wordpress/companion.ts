/**
 * Companion drafts: posts Spalt keeps beside a submitted article on a site without Notes,
 * to carry what WordPress offers no place for there (notes, a Contributor's photos).
 *
 * A companion is a draft, authored by the article's author (so its writer, a Contributor,
 * may read and edit it, and an Editor may through edit_others_posts), found again by its
 * marker slug (markers.ts; a draft keeps its slug as sent). Readers never see a draft.
 *
 * Content: a paragraph telling a site admin what it is, then the payload as base64 in block
 * comments, `<!-- wp:spalt/companion {"marker":…,"part":0,"parts":N,"data":"…"} /-->`.
 * Base64, because kses rewrites a Contributor's `<`, `&` and `--` even inside a comment; and in
 * parts of 64 KiB, because kses empties a Contributor's whole content when one comment is
 * longer than PCRE's backtrack limit (pcre.backtrack_limit, 1,000,000 by default).
 */
import { Buffer } from 'node:buffer';
import { z } from 'zod';
import { escapeText } from '../../../shared/document/markup/html';
import { translate } from '../../../shared/i18n';
import type { WordPressClient } from './client';
import { WordPressError, type Action } from './errors';
import { Post } from './schemas';

/** Characters of base64 in one block comment. */
export const companionPartChars = 65_536;
const perPage = 100;
const maxPages = 20;

const part = /<!-- wp:spalt\/companion (\{[^{}]*\}) \/-->/g;
const PartAttributes = z.object({ marker: z.string(), part: z.number().int().min(0), parts: z.number().int().min(1), data: z.string() });

/** The companion's content: the explanation, then the payload in parts. */
export function companionContent(marker: string, postId: number, title: string, payload: Uint8Array): string {
  const data = Buffer.from(payload).toString('base64');
  const parts = Math.max(1, Math.ceil(data.length / companionPartChars));
  const comments = Array.from(
    { length: parts },
    (_, i) =>
      `<!-- wp:spalt/companion ${JSON.stringify({ marker, part: i, parts, data: data.slice(i * companionPartChars, (i + 1) * companionPartChars) })} /-->`,
  );
  return [`<!-- wp:paragraph -->\n<p>${escapeText(explanation(postId, title))}</p>\n<!-- /wp:paragraph -->`, ...comments].join('\n\n');
}

/** Both languages, Swedish first: whoever opens it in WordPress reads what it is. */
function explanation(id: number, title: string): string {
  return `${translate('sv', 'companion.explanation', { id, title })} / ${translate('en', 'companion.explanation', { id, title })}`;
}

/** The title a companion is given: what it is, and not to publish it. */
export function companionTitle(kind: 'notes' | 'photo', title: string): string {
  const key = kind === 'notes' ? 'companion.notesTitle' : 'companion.photoTitle';
  return `${translate('sv', key, { title })} / ${translate('en', key, { title })}`;
}

/** The payload of a companion's content, read back whole, or a wp_companion_damaged error. */
export function companionPayload(client: WordPressClient, post: Post): Uint8Array {
  const damaged = (details: string) =>
    new WordPressError('wp_companion_damaged', { address: client.address, id: post.id, details }, { disposition: 'final' });
  const pieces: string[] = [];
  let expected: number | null = null;
  for (const match of (post.content.raw ?? '').matchAll(part)) {
    const attributes = PartAttributes.safeParse(parseJson(match[1] ?? ''));
    if (!attributes.success || attributes.data.marker !== post.slug) throw damaged('a part that is not Spalt’s');
    if (attributes.data.part !== pieces.length) throw damaged(`part ${attributes.data.part} where ${pieces.length} belongs`);
    expected ??= attributes.data.parts;
    pieces.push(attributes.data.data);
  }
  if (expected === null || pieces.length !== expected) throw damaged(`${pieces.length} of ${expected ?? '?'} parts`);
  const data = pieces.join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw damaged('not base64');
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** The companion with this slug (a draft, kept as sent), or null. */
export async function findCompanion(client: WordPressClient, slug: string): Promise<Post | null> {
  const query = { slug, status: 'draft', context: 'edit', per_page: 1 };
  const { value } = await client.call('GET', 'wp/v2/posts', { query }, { kind: 'read' }, z.array(Post));
  return value[0] ?? null;
}

/**
 * Every companion draft the user may read whose content holds `prefix` and whose slug is
 * `prefix` and more (markers.ts), oldest first. `fields` trims the answer (a photo's bytes
 * need not come with a list).
 */
export async function findCompanions(client: WordPressClient, prefix: string, fields?: readonly string[]): Promise<Post[]> {
  const found: Post[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const query = {
      search: prefix,
      status: 'draft',
      context: 'edit',
      orderby: 'id',
      order: 'asc',
      per_page: perPage,
      page,
      _fields: fields?.join(','),
    };
    const { value, headers } = await client.call('GET', 'wp/v2/posts', { query }, { kind: 'read' }, z.array(CompanionListed));
    found.push(...value.filter((post) => post.slug.startsWith(prefix)).map((post) => Post.parse(post)));
    if (page >= Number(headers.get('x-wp-totalpages') ?? '1') || value.length === 0) break;
  }
  return found;
}

/** A post as a trimmed list gives it (_fields): what Post needs, defaulted. */
const CompanionListed = z.looseObject({
  id: z.number().int(),
  slug: z.string(),
  status: z.string().default('draft'),
  link: z.string().default(''),
  date_gmt: z.string().nullable().default(null),
  modified_gmt: z.string().default(''),
  title: z.looseObject({ raw: z.string().optional(), rendered: z.string().default('') }).default({ rendered: '' }),
  content: z.looseObject({ raw: z.string().optional(), rendered: z.string().default('') }).default({ rendered: '' }),
  excerpt: z.looseObject({ raw: z.string().optional(), rendered: z.string().default('') }).default({ rendered: '' }),
});

export interface CompanionFields {
  slug: string;
  title: string;
  content: string;
  excerpt?: string;
  /** The article's author, so its writer can read the companion. */
  author: number;
}

/** Creates the companion as a draft, or rewrites the one found; never anything but a draft. */
export async function writeCompanion(
  client: WordPressClient,
  existing: Post | null,
  fields: CompanionFields,
  action?: Action,
): Promise<Post> {
  const json = { ...fields, status: 'draft' };
  if (existing)
    return (await client.call('POST', `wp/v2/posts/${existing.id}`, { json }, action ?? { kind: 'edit_post', id: existing.id }, Post))
      .value;
  return (await client.call('POST', 'wp/v2/posts', { json }, action ?? { kind: 'create_post' }, Post)).value;
}

/** Bytes of JSON a companion write sends, for the request limit. */
export function requestBytes(fields: CompanionFields): number {
  return Buffer.byteLength(JSON.stringify({ ...fields, status: 'draft' }), 'utf8');
}

/** JSON.parse, with undefined for anything that is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
