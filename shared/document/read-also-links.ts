/**
 * "Läs även" blocks and where they lead. A block that names an article of the library carries
 * its id, not an address: the address depends on where the body is going (the site it is
 * published to, an export file), so it is filled in just before the body is converted, the
 * way resolve-photos.ts fills in photos.
 */
import type { BodyDocument } from './body';
import { isAllowedLinkUrl } from '../url-policy';

/** A "Läs även" that names an article of the library, and the top-level block it is in. */
export interface ReadAlsoArticle {
  articleId: string;
  title: string;
  block: number;
}

interface SerializedNode {
  type?: unknown;
  articleId?: unknown;
  url?: unknown;
  title?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const childrenOf = (node: SerializedNode): SerializedNode[] => (Array.isArray(node.children) ? (node.children as SerializedNode[]) : []);
const linkedId = (node: SerializedNode): string | null => (typeof node.articleId === 'string' && node.articleId !== '' ? node.articleId : null);

function* readAlsoNodes(node: SerializedNode): Generator<SerializedNode> {
  if (node.type === 'read-also') yield node;
  for (const child of childrenOf(node)) yield* readAlsoNodes(child);
}

/** Every "Läs även" to an article of the library, at any depth, in reading order. */
export function readAlsoArticles(body: BodyDocument): ReadAlsoArticle[] {
  return (body.root.children as SerializedNode[]).flatMap((block, index) =>
    [...readAlsoNodes(block)].flatMap((node) => {
      const articleId = linkedId(node);
      return articleId === null ? [] : [{ articleId, title: typeof node.title === 'string' ? node.title : '', block: index }];
    }),
  );
}

export interface ReadAlsoAddresses {
  /** A linked article's address where the body is going, or null when it has none there. */
  address: (articleId: string) => string | null;
  /**
   * Whether a linked article without an address there keeps the address its block carries (one
   * read back from a site). An export may; a publish may not, since that address may be another site's.
   */
  keepOwnUrl: boolean;
}

function resolveNode(node: SerializedNode, addresses: ReadAlsoAddresses): SerializedNode {
  let next = node;
  if (node.type === 'read-also') {
    const own = typeof node.url === 'string' && isAllowedLinkUrl(node.url) ? node.url.trim() : '';
    const articleId = linkedId(node);
    const url = articleId === null ? own : (addresses.address(articleId) ?? (addresses.keepOwnUrl ? own : ''));
    next = { ...node, url };
  }
  if (Array.isArray(node.children)) next = { ...next, children: childrenOf(node).map((child) => resolveNode(child, addresses)) };
  return next;
}

/**
 * The body with every "Läs även" carrying the address it will have where it is going, or an
 * empty one (written as the headline without a link) when there is none: never a local or
 * empty link.
 */
export function resolveReadAlso(body: BodyDocument, addresses: ReadAlsoAddresses): BodyDocument {
  return { root: resolveNode(body.root as SerializedNode, addresses) as BodyDocument['root'] };
}
