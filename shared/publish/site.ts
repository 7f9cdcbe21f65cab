/**
 * WordPress sites Spalt publishes to: the model the UI and the core share. The Application
 * Password travels only inward (sites.save, sites.test); no output carries it.
 */
import { z } from 'zod';
import type { SpaltErrorValue } from '../errors';

export const SiteId = z.uuid();

export const siteLimits = { name: 120, address: 500, username: 200, password: 200 } as const;

/** Application Passwords are shown in groups ("abcd efgh …"); WordPress ignores the spaces. */
const ApplicationPassword = z.string().trim().min(1).max(siteLimits.password);

/**
 * What the site's theme already shows on an article's page by itself, so the post's content
 * leaves it out instead of showing it twice: the excerpt (Spalt sends the lead there) and the
 * featured image (the main photo). WordPress's default themes show the featured image on a
 * post, not the excerpt.
 */
export const SitePage = z.object({
  themeShowsExcerpt: z.boolean(),
  themeShowsFeaturedImage: z.boolean(),
});
export type SitePage = z.infer<typeof SitePage>;
export const defaultSitePage: SitePage = { themeShowsExcerpt: false, themeShowsFeaturedImage: true };

/** A site as the form sends it; a missing password (or page) on an update keeps the stored one. */
export const SiteInput = z.object({
  id: SiteId.optional(),
  name: z.string().trim().min(1).max(siteLimits.name),
  address: z.string().trim().min(1).max(siteLimits.address),
  username: z.string().trim().min(1).max(siteLimits.username),
  password: ApplicationPassword.optional(),
  page: SitePage.optional(),
});
export type SiteInput = z.infer<typeof SiteInput>;

/** What "Testa anslutningen" tries: a saved site, or the form's values before saving. */
export const SiteTestInput = z.union([
  z.object({ id: SiteId }).strict(),
  z
    .object({
      id: SiteId.optional(),
      address: z.string().trim().min(1).max(siteLimits.address),
      username: z.string().trim().min(1).max(siteLimits.username),
      password: ApplicationPassword.optional(),
    })
    .strict(),
]);
export type SiteTestInput = z.infer<typeof SiteTestInput>;

/** What the user may do on the site, as far as publishing from Spalt goes; null = unknown. */
export interface SiteCapabilities {
  publishPosts: boolean | null;
  uploadFiles: boolean | null;
  createCategories: boolean | null;
  createTags: boolean | null;
  editOthersPosts: boolean | null;
}
export const capabilityNames = ['publishPosts', 'uploadFiles', 'createCategories', 'createTags', 'editOthersPosts'] as const;

/** The outcome of a successful connection test. */
export interface ConnectionReport {
  /** The address as normalised and, after redirects, as the site answers. */
  address: string;
  /** Where the REST API answers: https://site/wp-json/ or https://site/?rest_route=/ */
  restRoot: string;
  siteName: string;
  user: { id: number; username: string; name: string; roles: string[] };
  /** The role shown to the user: the first built-in one, else the first. Empty when none. */
  role: string;
  capabilities: SiteCapabilities;
  /** 'site': read from WordPress; 'role': WordPress did not say, so inferred from the role. */
  capabilitiesFrom: 'site' | 'role';
  checkedAt: string;
}

export type SiteCheck = { ok: true; at: string; report: ConnectionReport } | { ok: false; at: string; error: SpaltErrorValue };

export interface Site {
  id: string;
  name: string;
  /** Normalised: https://tidningen.se, no trailing slash. */
  address: string;
  username: string;
  /** Whether an Application Password is stored; the password itself never leaves the core. */
  hasPassword: boolean;
  /** The last connection test, if any. */
  lastCheck: SiteCheck | null;
  page: SitePage;
  createdAt: string;
  updatedAt: string;
}

/** Where the Application Passwords are kept, for the UI to say so. */
export type PasswordStorage = { kind: 'keychain' } | { kind: 'file'; file: string };

export interface SiteList {
  sites: Site[];
  passwordStorage: PasswordStorage;
}
