/**
 * The check step: before anything is written to the site, every photo must be one the
 * newsroom may publish (licence in force, one-time licence not spent elsewhere), then read who
 * the user is there and what the role may do. A contributor asking to publish or schedule, or
 * with a photo too large to go beside the submission (companions.ts), or a role that may not create a category it needs, or a "Läs även" whose
 * article is not out on the site (read-also.ts), stops here with a message that says what to
 * do instead, and the site is left exactly as it was.
 */
import { primaryRole } from '../../../shared/publish/roles';
import type { SiteCapabilities } from '../../../shared/publish/site';
import type { ErrorCode, ErrorDetails } from '../../../shared/errors';
import { getSite } from '../../db/sites';
import { roleDetails, WordPressError } from '../wordpress/errors';
import type { Term } from '../wordpress/schemas';
import type { JobContext } from './context';
import { checkCompanionPhotos } from './companions';
import { articlePhotoIds, libraryPhoto, photoWork, refuseForbiddenPhotos, sendsCompanions } from './photos';
import { siteUser } from './site-user';
import { checkLinkedPosts } from './read-also';

export { capabilitiesOf } from './site-user';

/** Term names as WordPress sends them have their HTML entities encoded ("Mat &amp; dryck"). */
export function decodeTermName(name: string): string {
  return name
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A post under someone else's name, for a role that may not publish in others' names (null: the post's own author). */
export function authorRefused(author: number | null, userId: number, capabilities: SiteCapabilities): boolean {
  return author !== null && author !== userId && capabilities.editOthersPosts === false;
}

export const sameTermName = (a: string, b: string) => decodeTermName(a).trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');

export async function checkStep(ctx: JobContext): Promise<void> {
  const { job, client } = ctx;
  // Local facts first: a photo that may not go out stops the job even while the site is unreachable.
  refuseForbiddenPhotos(ctx.deps.db, job, ctx.deps.now());
  const { user, capabilities } = await siteUser(ctx);
  const role = primaryRole(user.roles ?? []);
  const refuse = (code: ErrorCode, extra: ErrorDetails = {}): never => {
    throw new WordPressError(code, { address: client.address, ...roleDetails(role), ...extra }, { disposition: 'final' });
  };

  if ((job.action === 'publish' || job.action === 'schedule') && capabilities.publishPosts === false) refuse('wp_cannot_publish');
  if (authorRefused(job.options.author, user.id, capabilities)) refuse('wp_cannot_set_author');

  const photos = articlePhotoIds(job.draft).map((id) => libraryPhoto(ctx.deps.db, id, ctx.deps.now()));
  const work = photoWork(ctx.deps.db, job.siteId, photos);
  // A role refused media (a Contributor) submits its photos in companions beside the post; one too large stops here.
  if (work.toUpload + work.toUpdate > 0 && capabilities.uploadFiles === false) {
    if (!sendsCompanions(job.action)) refuse('wp_cannot_upload');
    await checkCompanionPhotos(ctx, photos);
  }

  // Terms the role may not create are fine if they exist already: only then is the site asked.
  const { newCategories, tags } = job.options;
  if (newCategories.length > 0 && capabilities.createCategories === false) {
    const missing = await missingTerms(ctx, newCategories, () => client.listCategories());
    if (missing) refuse('wp_cannot_create_category', { name: missing });
  }
  if (tags.length > 0 && capabilities.createTags === false) {
    const missing = await missingTerms(ctx, tags, () => client.listTags());
    if (missing) refuse('wp_cannot_create_tag', { name: missing });
  }

  const siteName = getSite(ctx.deps.db, job.siteId).name;
  await checkLinkedPosts(ctx.deps, client, { ...job, siteName }, async (call) => {
    const answer = await ctx.send(null, call);
    ctx.alive();
    return answer;
  });
}

async function missingTerms(ctx: JobContext, names: readonly string[], list: () => Promise<Term[]>): Promise<string | undefined> {
  const existing = await ctx.send(null, list);
  ctx.alive();
  return names.find((name) => !existing.some((term) => sameTermName(term.name, name)));
}
