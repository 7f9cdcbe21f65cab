const justCreated = new Set<string>();

/** The library has just made this article: it opens with focus in its headline. */
export function markNewArticle(id: string): void {
  justCreated.add(id);
}

/** Whether the article was just made here; asked once, as it opens. */
export function takeNewArticle(id: string): boolean {
  return justCreated.delete(id);
}
