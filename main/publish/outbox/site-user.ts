/**
 * Who the job's user is on the site and what the role may do, asked once per run of a job: the
 * check step decides with it, and the photos step (resumed on its own after a crash) asks again.
 */
import { capabilitiesFromMap, capabilitiesOfRole, primaryRole } from '../../../shared/publish/roles';
import type { SiteCapabilities } from '../../../shared/publish/site';
import type { WordPressUser } from '../wordpress/schemas';
import type { JobContext } from './context';

/** What the role may do: the site's own capability map when it gives one, else the role's defaults. */
export function capabilitiesOf(user: WordPressUser): SiteCapabilities {
  const map = user.capabilities;
  return map !== undefined && Object.keys(map).length > 0 ? capabilitiesFromMap(map) : capabilitiesOfRole(primaryRole(user.roles ?? []));
}

const asked = new WeakMap<JobContext, WordPressUser>();

export async function siteUser(ctx: JobContext): Promise<{ user: WordPressUser; capabilities: SiteCapabilities }> {
  let user = asked.get(ctx);
  if (!user) {
    const answer = await ctx.send(null, () => ctx.client.me());
    ctx.alive();
    asked.set(ctx, answer);
    user = answer;
  }
  return { user, capabilities: capabilitiesOf(user) };
}

/** Whether the role may upload media (a Contributor may not). */
export async function mayUpload(ctx: JobContext): Promise<boolean> {
  return (await siteUser(ctx)).capabilities.uploadFiles !== false;
}
