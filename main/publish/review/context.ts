/**
 * What the workflow's local side works with: the profile's database, its events and clock,
 * the sites and their clients, and which way each site keeps notes (asked once per run).
 */
import type { Database } from 'better-sqlite3';
import type { EventBus } from '../../events';
import type { ProfileDatabase } from '../../profile-database';
import { clientForSite, type SiteDeps } from '../sites';
import type { WordPressClient } from '../wordpress/client';
import type { NotesOnSite } from '../wordpress/editorial-notes';
import { detectNotes, notesOfKind, type NotesKind } from '../wordpress/notes-support';

export interface ReviewDeps {
  db: Database;
  events: EventBus;
  now: () => string;
  sites: SiteDeps;
  profile: Pick<ProfileDatabase, 'afterSave'>;
  /** The profile's folder, where photos received with a submission are stored. */
  dataDir: string;
}

export interface SiteSession {
  client: WordPressClient;
  notes: NotesOnSite;
}

const notesKinds = new WeakMap<ReviewDeps, Map<string, NotesKind>>();

/** The site's client and its notes, the way the site keeps them (read from the site once per run). */
export async function siteSession(deps: ReviewDeps, siteId: string): Promise<SiteSession> {
  const client = await clientForSite(deps.sites, siteId);
  let kinds = notesKinds.get(deps);
  if (!kinds) notesKinds.set(deps, (kinds = new Map<string, NotesKind>()));
  let kind = kinds.get(siteId);
  if (kind === undefined) {
    kind = await detectNotes(client);
    kinds.set(siteId, kind);
  }
  return { client, notes: notesOfKind(client, kind) };
}
