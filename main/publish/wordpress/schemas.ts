/**
 * What Spalt reads from WordPress's REST API, parsed with zod: only the fields Spalt uses,
 * tolerant of everything else a plugin or a newer WordPress may add.
 */
import { z } from 'zod';
import { webAddress } from '../../../shared/url-policy';

/** A page on the site, which Spalt stores and links to: kept only when it is a web address. */
const SiteLink = z.string().transform((link) => (webAddress(link) ? link : ''));

/** Fields WordPress sends as { raw, rendered }; raw only with context=edit. */
const Rendered = z.looseObject({ raw: z.string().optional(), rendered: z.string().default('') });

/** The REST API's index (GET /wp-json/). */
export const RestIndex = z.looseObject({
  name: z.string().default(''),
  url: z.string().optional(),
  home: z.string().optional(),
  namespaces: z.array(z.string()),
  // An empty PHP array ([]) when no method is offered; an object naming them otherwise.
  authentication: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
});
export type RestIndex = z.infer<typeof RestIndex>;

export const WordPressUser = z.looseObject({
  id: z.number().int(),
  username: z.string().optional(),
  name: z.string().default(''),
  slug: z.string().optional(),
  roles: z.array(z.string()).optional(),
  capabilities: z.record(z.string(), z.boolean()).optional(),
});
export type WordPressUser = z.infer<typeof WordPressUser>;

/** A user as anyone who may write posts sees them (GET /wp/v2/users, context=view). */
export const SiteUser = z.looseObject({
  id: z.number().int(),
  name: z.string().default(''),
  slug: z.string().default(''),
});
export type SiteUser = z.infer<typeof SiteUser>;

export const Term = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  parent: z.number().int().optional(),
  count: z.number().int().optional(),
  taxonomy: z.string().optional(),
});
export type Term = z.infer<typeof Term>;

export const Media = z.looseObject({
  id: z.number().int(),
  slug: z.string(),
  status: z.string().optional(),
  link: SiteLink.optional(),
  source_url: z.string(),
  mime_type: z.string().optional(),
  alt_text: z.string().default(''),
  caption: Rendered.optional(),
  description: Rendered.optional(),
  title: Rendered.optional(),
  post: z.number().int().nullable().optional(),
  media_details: z.looseObject({ width: z.number().optional(), height: z.number().optional() }).optional(),
});
export type Media = z.infer<typeof Media>;

export const Post = z.looseObject({
  id: z.number().int(),
  status: z.string(),
  slug: z.string(),
  link: SiteLink,
  date_gmt: z.string().nullable(),
  modified_gmt: z.string(),
  title: Rendered,
  content: Rendered,
  excerpt: Rendered,
  author: z.number().int().optional(),
  featured_media: z.number().int().optional(),
  categories: z.array(z.number().int()).optional(),
  tags: z.array(z.number().int()).optional(),
});
export type Post = z.infer<typeof Post>;

/**
 * A note (WordPress 6.9 and later): a comment of type "note". status "hold" is an open thread,
 * "approved" a resolved one; a resolution or reopening is an answer carrying meta
 * _wp_note_status. `raw` only with context=edit. (An empty PHP array stands for no meta.)
 */
export const WordPressNote = z.looseObject({
  id: z.number().int(),
  post: z.number().int(),
  parent: z.number().int().default(0),
  author: z.number().int().default(0),
  author_name: z.string().default(''),
  date_gmt: z.string(),
  content: Rendered,
  status: z.string(),
  type: z.string(),
  meta: z.union([z.looseObject({ _wp_note_status: z.string().nullable().optional() }), z.array(z.unknown())]).optional(),
});
export type WordPressNote = z.infer<typeof WordPressNote>;

/** WordPress's error body: { code, message, data: { status, ... } }. */
export const RestError = z.looseObject({
  code: z.string(),
  message: z.string().default(''),
  data: z.looseObject({ status: z.number().optional(), term_id: z.number().optional() }).nullable().optional(),
});
export type RestError = z.infer<typeof RestError>;

/** What Spalt sends to create or update a post. Dates go as date_gmt (UTC). */
export interface PostFields {
  title?: string;
  content?: string;
  excerpt?: string;
  status?: 'draft' | 'pending' | 'publish' | 'future' | 'private';
  date_gmt?: string;
  slug?: string;
  categories?: number[];
  tags?: number[];
  featured_media?: number;
  author?: number;
}

export interface MediaFields {
  alt_text?: string;
  caption?: string;
  description?: string;
  title?: string;
}
