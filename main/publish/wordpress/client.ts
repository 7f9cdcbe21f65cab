/**
 * Spalt's WordPress REST client: what the connection test, the outbox and the publish flow
 * ask of a site. Every method either returns parsed data or throws a WordPressError that
 * says whether to retry, look up first, or stop (see errors.ts).
 */
import { z } from 'zod';
import { primaryRole } from '../../../shared/publish/roles';
import { discover, type Discovery } from './discovery';
import { roleDetails, WordPressError, type Action, type CallContext, type HttpAnswer } from './errors';
import {
  defaultTimeouts,
  exchange,
  parseAnswer,
  routeUrl,
  type CallOptions,
  type FetchFunction,
  type Timeouts,
  type Transport,
} from './http';
import { safeUploadName } from './markers';
import { Media, Post, RestError, SiteUser, Term, WordPressUser, type MediaFields, type PostFields } from './schemas';

export interface WordPressClientOptions {
  /** Normalised (shared/publish/address.ts). */
  address: string;
  username: string;
  password: string;
  /** A REST root found earlier; discovered on first use otherwise. */
  restRoot?: string | null;
  timeouts?: Partial<Timeouts>;
  /** Node's fetch by default; Electron may pass net.fetch (system proxies and certificates). */
  fetch?: FetchFunction;
  /** Told where the REST API was found, each time the client looks, so it can be kept with the site. */
  onDiscovered?: (restRoot: string) => void;
}

export type Taxonomy = 'categories' | 'tags';

/** Statuses a post of Spalt's can have on the site, trash aside. */
const livePostStatuses = ['draft', 'pending', 'future', 'publish', 'private'] as const;
/** Keeps query strings well under common URL limits (8 KB on nginx); longer fields go as JSON. */
const maxQueryLength = 4_000;
const maxPages = 100;

export class WordPressClient {
  readonly address: string;
  private readonly transport: Transport;
  private root: string | null;
  private discovered: Discovery | null = null;
  private user: WordPressUser | null = null;
  private lookingUpRole = false;
  private readonly onDiscovered: ((restRoot: string) => void) | undefined;

  constructor(options: WordPressClientOptions) {
    this.address = options.address;
    this.onDiscovered = options.onDiscovered;
    this.root = options.restRoot ?? null;
    this.transport = {
      credentials: { username: options.username, password: options.password },
      timeouts: { ...defaultTimeouts, ...options.timeouts },
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    };
  }

  /** Finds the REST API (always asks the site) and remembers where it is. */
  async discover(): Promise<Discovery> {
    this.discovered = await discover(this.transport, this.address);
    this.root = this.discovered.restRoot;
    this.onDiscovered?.(this.root);
    return this.discovered;
  }

  async restRoot(): Promise<string> {
    return this.root ?? (await this.discover()).restRoot;
  }

  /** The logged-in user with roles and, where WordPress offers them, capabilities. */
  async me(): Promise<WordPressUser> {
    this.user = await this.request('GET', 'wp/v2/users/me', { query: { context: 'edit' } }, { kind: 'read' }, WordPressUser);
    return this.user;
  }

  listCategories(): Promise<Term[]> {
    return this.listTerms('categories');
  }

  listTags(): Promise<Term[]> {
    return this.listTerms('tags');
  }

  /**
   * The users a post can be published under: WordPress's who=authors (every role that may
   * write posts, subscribers not). Anyone with edit_posts may ask; setting another user as a
   * post's author still takes edit_others_posts.
   */
  listAuthors(): Promise<SiteUser[]> {
    return this.listAll('wp/v2/users', { who: 'authors', orderby: 'id', order: 'asc' }, SiteUser);
  }

  createCategory(name: string, parent?: number): Promise<Term> {
    return this.createTerm('categories', name, parent);
  }

  createTag(name: string): Promise<Term> {
    return this.createTerm('tags', name);
  }

  /**
   * Uploads one file as the raw body (robust where multipart is not, see the README of
   * tests/wordpress). `slug` should be a marker from markers.ts, so that findMedia(slug) can
   * tell whether an upload whose outcome is unknown arrived.
   */
  async uploadMedia(bytes: Uint8Array, fileName: string, mimeType: string, fields: MediaFields & { slug: string }): Promise<Media> {
    const name = safeUploadName(fileName);
    const query = {
      slug: fields.slug,
      alt_text: fields.alt_text,
      caption: fields.caption,
      description: fields.description,
      title: fields.title,
    };
    const fitsQuery = new URLSearchParams(definedOnly(query)).toString().length <= maxQueryLength;
    const media = await this.request(
      'POST',
      'wp/v2/media',
      {
        query: fitsQuery ? query : { slug: fields.slug },
        body: bytes,
        headers: { 'Content-Type': mimeType, 'Content-Disposition': `attachment; filename="${name}"` },
      },
      { kind: 'upload', fileName },
      Media,
    );
    return fitsQuery ? media : this.updateMedia(media.id, fields);
  }

  /** The media item with this slug, or null: how an unknown upload outcome is resolved. */
  async findMedia(slug: string): Promise<Media | null> {
    const found = await this.request(
      'GET',
      'wp/v2/media',
      { query: { slug, context: 'edit', per_page: 1 } },
      { kind: 'read' },
      z.array(Media),
    );
    return found[0] ?? null;
  }

  updateMedia(id: number, fields: MediaFields): Promise<Media> {
    return this.request('POST', `wp/v2/media/${id}`, { json: fields }, { kind: 'edit_media', id }, Media);
  }

  createPost(fields: PostFields): Promise<Post> {
    return this.request('POST', 'wp/v2/posts', { json: fields }, { kind: 'create_post' }, Post);
  }

  updatePost(id: number, fields: PostFields): Promise<Post> {
    return this.request('POST', `wp/v2/posts/${id}`, { json: fields }, { kind: 'edit_post', id }, Post);
  }

  /** The post as stored (context=edit: raw title, content, excerpt). A trashed post counts as gone. */
  async getPost(id: number): Promise<Post> {
    const post = await this.request('GET', `wp/v2/posts/${id}`, { query: { context: 'edit' } }, { kind: 'read_post', id }, Post);
    if (post.status === 'trash') {
      throw new WordPressError('wp_post_gone', { address: this.address, id }, { disposition: 'final', status: 200 });
    }
    return post;
  }

  /**
   * The post as readers' side of the API shows it (context=view): its public address, status
   * and date, for any post the user may read, without the right to edit it. A trashed post
   * counts as gone.
   */
  async viewPost(id: number): Promise<Post> {
    const post = await this.request('GET', `wp/v2/posts/${id}`, {}, { kind: 'read_post', id }, Post);
    if (post.status === 'trash') {
      throw new WordPressError('wp_post_gone', { address: this.address, id }, { disposition: 'final', status: 200 });
    }
    return post;
  }

  /**
   * The post carrying this marker slug (markers.ts), in any status but trash, or null. A
   * draft's slug is kept exactly as sent, whoever writes it, so a post first created as a draft
   * with a marker can always be found again on a stock WordPress. (Other statuses are not safe:
   * WordPress empties the slug of a contributor's pending post, and makes published slugs unique.)
   */
  async findPostByMarker(slug: string): Promise<Post | null> {
    const found = await this.request(
      'GET',
      'wp/v2/posts',
      { query: { slug, status: livePostStatuses, context: 'edit', per_page: 1 } },
      { kind: 'read' },
      z.array(Post),
    );
    return found[0] ?? null;
  }

  /** Deletes a post for good (force: no trash), as the editor does with a companion post once read. */
  async deletePost(id: number): Promise<void> {
    await this.request(
      'DELETE',
      `wp/v2/posts/${id}`,
      { query: { force: true } },
      { kind: 'edit_post', id },
      z.looseObject({ deleted: z.boolean().optional() }),
    );
  }

  private listTerms(taxonomy: Taxonomy): Promise<Term[]> {
    return this.listAll(`wp/v2/${taxonomy}`, { orderby: 'id', order: 'asc', hide_empty: false }, Term);
  }

  /** Every item of a collection, 100 a page, as many pages as X-WP-TotalPages says. */
  private async listAll<T extends z.ZodType>(
    route: string,
    query: NonNullable<CallOptions['query']>,
    item: T,
  ): Promise<Array<z.output<T>>> {
    const items: Array<z.output<T>> = [];
    for (let page = 1; page <= maxPages; page++) {
      const { value, headers } = await this.call(
        'GET',
        route,
        { query: { ...query, per_page: 100, page } },
        { kind: 'read' },
        z.array(item),
      );
      items.push(...value);
      const pages = Number(headers.get('x-wp-totalpages') ?? '1');
      if (page >= pages || value.length === 0) break;
    }
    return items;
  }

  /** Creates a term, or returns the existing one of that name (WordPress: 400 term_exists). */
  private async createTerm(taxonomy: Taxonomy, name: string, parent?: number): Promise<Term> {
    const action: Action = taxonomy === 'categories' ? { kind: 'create_category', name } : { kind: 'create_tag', name };
    return this.request('POST', `wp/v2/${taxonomy}`, { json: { name, parent } }, action, Term, async (answer) => {
      const error = RestError.safeParse(answer.json);
      const existing = error.success && error.data.code === 'term_exists' ? error.data.data?.term_id : undefined;
      if (existing === undefined) return undefined;
      return this.request('GET', `wp/v2/${taxonomy}/${existing}`, {}, { kind: 'read' }, Term);
    });
  }

  private async request<T extends z.ZodType>(
    method: string,
    route: string,
    options: CallOptions,
    action: Action,
    schema: T,
    recover?: (answer: HttpAnswer) => Promise<z.output<T> | undefined>,
  ): Promise<z.output<T>> {
    return (await this.call(method, route, options, action, schema, recover)).value;
  }

  /**
   * One REST call parsed with `schema`, with its answer's headers, every failure a
   * WordPressError: also for the workflow's modules beside this file (review, notes, companion
   * posts), which keep no state of their own.
   */
  async call<T extends z.ZodType>(
    method: string,
    route: string,
    options: CallOptions,
    action: Action,
    schema: T,
    recover?: (answer: HttpAnswer) => Promise<z.output<T> | undefined>,
  ): Promise<{ value: z.output<T>; headers: Headers }> {
    const context: CallContext = {
      method,
      action,
      address: this.address,
      username: this.transport.credentials.username,
      role: this.user ? primaryRole(this.user.roles ?? []) : null,
    };
    try {
      const url = routeUrl(await this.restRoot(), route, options.query);
      const answer = await exchange(this.transport, url, method, options, context);
      const recovered = answer.status >= 400 && recover ? await recover(answer) : undefined;
      if (recovered !== undefined) return { value: recovered, headers: answer.headers };
      return { value: parseAnswer(answer, context, schema), headers: answer.headers };
    } catch (error) {
      throw error instanceof WordPressError ? await this.explain(error) : error;
    }
  }

  /** Adds what the first answer cannot tell: why a login failed, which role was refused. */
  private async explain(error: WordPressError): Promise<WordPressError> {
    const how = {
      disposition: error.disposition,
      retryAfterMs: error.retryAfterMs,
      status: error.status,
      wordpressCode: error.wordpressCode,
      cause: error,
    };
    if (error.code === 'wp_login_failed') {
      const site = this.discovered ?? (await this.discover().catch(() => null));
      if (site && !site.applicationPasswords) return new WordPressError('wp_app_passwords_off', { address: this.address }, how);
    }
    const aboutRole = error.code.startsWith('wp_cannot_') || error.code === 'wp_forbidden';
    if (aboutRole && error.details.role === '' && this.user === null && !this.lookingUpRole) {
      this.lookingUpRole = true;
      const user = await this.me()
        .catch(() => null)
        .finally(() => (this.lookingUpRole = false));
      if (user) return new WordPressError(error.code, { ...error.details, ...roleDetails(primaryRole(user.roles ?? [])) }, how);
    }
    return error;
  }
}

function definedOnly(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
