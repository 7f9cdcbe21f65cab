/**
 * "Läs även" blocks and where they lead. A block that names an article of the library carries
 * its id, not an address: the address depends on where the body is going (the site it is
 * published to, an export file), so it is filled in just before the body is converted, the
 * way resolve-photos.ts fills in photos.
 */
import type { BodyDocument } from './body';
import { isAllowedLinkUrl } from '../url-policy';
import type { SerializedBodyNode } from './markup/serialized';
import { definitionOf } from './nodes/registry';
import { mapNodes, nodesIn } from './nodes/walk';

/** A "Läs även" that names an article of the library, and the top-level block it is in. */
export interface ReadAlsoArticle {
  articleId: string;
  title: string;
  block: number;
}

/** Every "Läs även" to an article of the library, at any depth, in reading order. */
export function readAlsoArticles(body: BodyDocument): ReadAlsoArticle[] {
  return body.root.children.flatMap((block, index) =>
    [...nodesIn(block)].flatMap((node) => {
      const link = definitionOf(node.type)?.article?.of(node);
      return link?.articleId ? [{ articleId: link.articleId, title: link.title, block: index }] : [];
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

/**
 * The body with every "Läs även" carrying the address it will have where it is going, or an
 * empty one (written as the headline without a link) when there is none: never a local or
 * empty link.
 */
export function resolveReadAlso(body: BodyDocument, addresses: ReadAlsoAddresses): BodyDocument {
  const resolveNode = (node: SerializedBodyNode): SerializedBodyNode => {
    const article = definitionOf(node.type)?.article;
    if (!article) return node;
    const { articleId, url } = article.of(node);
    const own = isAllowedLinkUrl(url) ? url.trim() : '';
    return article.withUrl(node, articleId ? (addresses.address(articleId) ?? (addresses.keepOwnUrl ? own : '')) : own);
  };
  return { root: mapNodes(body.root, resolveNode) as BodyDocument['root'] };
}
