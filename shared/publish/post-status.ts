import type { PublishResult } from './publish';

// Apart from the publishing contract's schemas (publish.ts): the article view shows where its post
// stands from the editor's start, which loads no schema library.

const knownPostStatuses = ['publish', 'future', 'draft', 'pending'] as const;

/** Where a finished job left the post, as the interface names it: a known status, or "other". */
export function postStatusOf(result: PublishResult): (typeof knownPostStatuses)[number] | 'other' {
  return knownPostStatuses.find((known) => known === result.status) ?? 'other';
}
