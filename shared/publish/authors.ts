/**
 * Which of the site's users a post is offered under: the person the byline names, when that
 * person has a user on the site (an editor publishing a reporter's story), else the author the
 * post already has, else the user who publishes.
 */
import type { Byline } from '../article/byline';
import { slugify } from '../format/slug';
import type { SiteAuthor } from './publish';

/** As people type a name: case and spacing aside. */
const folded = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
/** And without diacritics ("Asa Oberg" for "Åsa Öberg"): a byline typed on a keyboard without å. */
const bare = (name: string) => folded(name).normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The site user a name stands for, or null. Closer matches win: the name as written, then
 * without diacritics, then the user's slug (a user whose display name is still the login name).
 * Two users equally close are a guess, and give null.
 */
export function authorForName(name: string, authors: readonly SiteAuthor[]): SiteAuthor | null {
  if (folded(name) === '') return null;
  const ways = [
    (author: SiteAuthor) => folded(author.name) === folded(name),
    (author: SiteAuthor) => bare(author.name) === bare(name),
    (author: SiteAuthor) => author.slug !== '' && author.slug === slugify(name, 200),
  ];
  for (const matches of ways) {
    const found = authors.filter(matches);
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}

export interface AuthorChoice {
  bylines: readonly Byline[];
  /** The users the role may publish under; empty when it may not choose. */
  authors: readonly SiteAuthor[];
  /** The author of the post already on the site, when known. */
  postAuthor: number | null;
  /** The user who publishes, when known. */
  userId: number | null;
}

/** The author to offer: the first writing byline (text or writer) that is a user of the site, else the post's author, else the user. */
export function suggestAuthor({ bylines, authors, postAuthor, userId }: AuthorChoice): number | null {
  for (const byline of bylines) {
    if (byline.role === 'photo') continue;
    const author = authorForName(byline.name, authors);
    if (author) return author.id;
  }
  if (postAuthor !== null && authors.some((author) => author.id === postAuthor)) return postAuthor;
  return userId;
}
