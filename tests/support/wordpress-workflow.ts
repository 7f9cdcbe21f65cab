/**
 * Helpers for the workflow tests against a real WordPress (wordpress-workflow*.test.ts): a
 * client per role, a post written as a role, a refusal caught as the WordPressError it is, and
 * what a logged-out reader can find on the site (REST, pages, search, feeds).
 */
import { expect } from 'vitest';
import { WordPressClient } from '../../main/publish/wordpress/client';
import { WordPressError } from '../../main/publish/wordpress/errors';
import { basicAuth, type WordPressRole, type WordPressSite } from '../wordpress/site';

export function clientAs(site: WordPressSite, role: WordPressRole): WordPressClient {
  const user = site.users[role];
  return new WordPressClient({ address: site.url, username: user.username, password: user.applicationPassword });
}

/** The WordPressError a call ends in; fails the test when it succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<WordPressError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WordPressError);
  return error as WordPressError;
}

/** A post as WordPress keeps it, read by the administrator (context=edit). */
export async function postOnSite(
  site: WordPressSite,
  id: number,
): Promise<{ status: string; date_gmt: string; author: number; content: { raw: string } }> {
  const response = await fetch(site.restUrl(`/wp/v2/posts/${id}?context=edit`), {
    headers: { Authorization: basicAuth(site.users.administrator) },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { status: string; date_gmt: string; author: number; content: { raw: string } };
}

/** Posts with this title in any status (trash aside), read by the administrator. */
export async function postsTitled(site: WordPressSite, title: string): Promise<number[]> {
  const url = site.restUrl(
    `/wp/v2/posts?search=${encodeURIComponent(title)}&status=draft,pending,future,publish,private&context=edit&per_page=100`,
  );
  const response = await fetch(url, { headers: { Authorization: basicAuth(site.users.administrator) } });
  const posts = (await response.json()) as Array<{ id: number; title: { raw: string } }>;
  return posts.filter((post) => post.title.raw === title).map((post) => post.id);
}

/** A block of markup the way Spalt writes a paragraph. */
export function paragraph(text: string): string {
  return `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
}

/**
 * Everything a logged-out reader can fetch that might show a post or a note: the REST API's
 * lists and searches, each post by id, the site's search page and its feed for each term, the
 * feeds (posts and comments), the home page and the sitemap. A search page repeats what was
 * searched for ("Search results for: …"); that echo is taken out of its body, so only what the
 * site found counts.
 */
export async function whatReadersSee(
  site: WordPressSite,
  options: { search: readonly string[]; postIds: readonly number[]; pages?: readonly string[] },
): Promise<Array<{ url: string; status: number; body: string }>> {
  const searches = options.search.flatMap((text) => {
    const term = encodeURIComponent(text);
    const urls = [
      site.restUrl(`/wp/v2/posts?search=${term}`),
      site.restUrl(`/wp/v2/search?search=${term}`),
      site.restUrl(`/wp/v2/comments?search=${term}`),
      `${site.url}/?s=${term}`,
      `${site.url}/?s=${term}&feed=rss2`,
    ];
    return urls.map((url) => ({ url, echo: text }));
  });
  const pages = [
    site.restUrl('/wp/v2/posts?per_page=100'),
    site.restUrl('/wp/v2/comments?per_page=100'),
    ...options.postIds.flatMap((id) => [
      site.restUrl(`/wp/v2/posts/${id}`),
      site.restUrl(`/wp/v2/comments?post=${id}`),
      `${site.url}/?p=${id}`,
      `${site.url}/?p=${id}&feed=rss2`,
    ]),
    `${site.url}/feed/`,
    `${site.url}/comments/feed/`,
    `${site.url}/`,
    `${site.url}/wp-sitemap.xml`,
    `${site.url}/wp-sitemap-posts-post-1.xml`,
    ...(options.pages ?? []),
  ].map((url) => ({ url, echo: null }));
  return Promise.all(
    [...searches, ...pages].map(async ({ url, echo }) => {
      const response = await fetch(url, { redirect: 'follow' });
      const body = await response.text();
      return { url, status: response.status, body: echo === null ? body : withoutEcho(body, echo) };
    }),
  );
}

/** The body without the searched-for text, however the page wrote it (as is, HTML-escaped, in JSON). */
function withoutEcho(body: string, text: string): string {
  const forms = [
    text,
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    JSON.stringify(text).slice(1, -1),
  ];
  return forms.reduce((rest, form) => rest.split(form).join(''), body);
}

/** Each place a reader can fetch where one of the texts shows up; empty when none does. */
export function leaks(seen: ReadonlyArray<{ url: string; body: string }>, texts: readonly string[]): string[] {
  return seen.flatMap(({ url, body }) => texts.filter((text) => body.includes(text)).map((text) => `${text} at ${url}`));
}
