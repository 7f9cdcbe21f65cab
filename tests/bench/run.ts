/**
 * `npm run bench`: every part in turn, each printing its tables; nothing is asserted.
 * - core: the core on a store of 5,000 articles (core-bench.ts)
 * - editor: Spalt's editor in Chromium against a bare Lexical (editor-bench.ts)
 * - photos: importing 12-megapixel photos against sharp in a bare loop (photo-bench.ts)
 * - photo-library: a library of 10,000 photos opening and scrolling in Chromium (photo-library-bench.ts)
 * - publish: publishing to a local WordPress against the same REST calls made directly (publish-bench.ts)
 * - bodies: browser mode's peak memory under five concurrent 60 MB request bodies (request-bodies-bench.ts)
 * - workflow: diff and three-way merge of two revisions of a 20,000-word article (workflow-bench.ts)
 * - article-open: a 2,000- and a 20,000-word article clicked in the library to its body painted and
 *   editable, beside bare Lexical's parse + setEditorState of the same body (article-open-bench.ts)
 * - start: process start → listening and page load → caret in the last article, each beside its floor (start-bench.ts)
 * - open: the structural check and opening on a profile of 100,000 articles (open-bench.ts)
 * - library: the article library on the open part's profile: "Artiklar" clicked to its first row
 *   painted, scrolling, and its first page in the core beside the bare SQL (library-bench.ts), on the same profile
 * - search: the library's search on the same profile, each kind of query through the core
 *   beside the bare FTS5 query of the same words (search-bench.ts)
 * - review-queue: 200 pending posts read as the editor's review queue from a local WordPress (review-queue-bench.ts)
 * - history: Historik's list, one revision and a restore on a 20,000-word article (history-bench.ts)
 * - proofing: spelling's cost on the keystroke, on and off, a full check, suggestions, and what it finds in the seeds (proofing-bench.ts)
 * `npm run bench` runs every part; the 100,000-article profile the open, library and search parts
 * share is written once through the core (a few minutes) and kept in the user's cache folder.
 * `npm run bench -- <part> [<part>…]` runs only those; `npm run bench:editor` is the editor alone.
 * `npm run bench -- quick` runs the parts that answer "is typing, opening, starting, saving and
 * searching still fast" (quickParts), each in its smaller form (SPALT_BENCH_QUICK=1), in a few minutes.
 */
import { performance } from 'node:perf_hooks';
import { ensureServerBundle } from '../support/server-bundle';

const parts: Record<string, () => Promise<void>> = {
  core: async () => (await import('./core-bench')).runCoreBench(),
  editor: async () => (await import('./editor-bench')).runEditorBench(),
  photos: async () => (await import('./photo-bench')).runPhotoBench(),
  'photo-library': async () => (await import('./photo-library-bench')).runPhotoLibraryBench(),
  publish: async () => (await import('./publish-bench')).runPublishBench(),
  bodies: async () => (await import('./request-bodies-bench')).runRequestBodiesBench(),
  workflow: async () => (await import('./workflow-bench')).runWorkflowBench(),
  'article-open': async () => (await import('./article-open-bench')).runArticleOpenBench(),
  start: async () => (await import('./start-bench')).runStartBench(),
  open: async () => (await import('./open-bench')).runOpenBench(),
  library: async () => (await import('./library-bench')).runLibraryBench(),
  search: async () => (await import('./search-bench')).runSearchBench(),
  'review-queue': async () => (await import('./review-queue-bench')).runReviewQueueBench(),
  history: async () => (await import('./history-bench')).runHistoryBench(),
  proofing: async () => (await import('./proofing-bench')).runProofingBench(),
};
/** What `quick` runs. */
const quickParts = ['editor', 'article-open', 'start', 'core', 'search'];

async function main(): Promise<void> {
  const began = performance.now();
  let chosen = process.argv.slice(2);
  if (chosen.includes('quick')) {
    process.env.SPALT_BENCH_QUICK = '1';
    chosen = [...new Set([...chosen.filter((name) => name !== 'quick'), ...quickParts])];
  }
  for (const name of chosen) {
    if (!(name in parts)) throw new Error(`unknown part "${name}": ${Object.keys(parts).join(', ')}`);
  }
  // The parts that start browser mode start the built server, as `npm run serve` does.
  ensureServerBundle();
  for (const [name, run] of Object.entries(parts)) {
    if (chosen.length === 0 || chosen.includes(name)) {
      const partBegan = performance.now();
      await run();
      console.log(`\n(bench part ${name}: ${((performance.now() - partBegan) / 1000).toFixed(0)} s)`);
    }
  }
  console.log(`\nThe bench took ${((performance.now() - began) / 60_000).toFixed(1)} min.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
