/** What a WordPress role may do, read from the site's capability map or inferred from the role. */
import { isOneOf } from '../one-of';
import type { SiteCapabilities } from './site';

/** WordPress's built-in roles; a site may have others (from plugins), shown by their slug. */
export const wordPressRoles = ['administrator', 'editor', 'author', 'contributor', 'subscriber'] as const;
export type KnownWordPressRole = (typeof wordPressRoles)[number];

export function isKnownRole(role: string): role is KnownWordPressRole {
  return isOneOf(wordPressRoles, role);
}

/** WordPress's defaults for its built-in roles (wp-admin/includes/schema.php, populate_roles). */
const byRole: Record<KnownWordPressRole, SiteCapabilities> = {
  administrator: { publishPosts: true, uploadFiles: true, createCategories: true, createTags: true, editOthersPosts: true },
  editor: { publishPosts: true, uploadFiles: true, createCategories: true, createTags: true, editOthersPosts: true },
  author: { publishPosts: true, uploadFiles: true, createCategories: false, createTags: true, editOthersPosts: false },
  contributor: { publishPosts: false, uploadFiles: false, createCategories: false, createTags: true, editOthersPosts: false },
  subscriber: { publishPosts: false, uploadFiles: false, createCategories: false, createTags: false, editOthersPosts: false },
};

const unknown: SiteCapabilities = {
  publishPosts: null,
  uploadFiles: null,
  createCategories: null,
  createTags: null,
  editOthersPosts: null,
};

/** The role to show: the most capable built-in role the user has, else the first one. */
export function primaryRole(roles: readonly string[]): string {
  return wordPressRoles.find((role) => roles.includes(role)) ?? roles[0] ?? '';
}

export function capabilitiesOfRole(role: string): SiteCapabilities {
  return isKnownRole(role) ? byRole[role] : unknown;
}

/**
 * From WordPress's `capabilities` map (users/me, context=edit): the primitive capabilities the
 * REST API checks. Tags need only `edit_posts` (assign_terms), categories `manage_categories`.
 */
export function capabilitiesFromMap(map: Readonly<Record<string, boolean>>): SiteCapabilities {
  const has = (capability: string) => map[capability] === true;
  return {
    publishPosts: has('publish_posts'),
    uploadFiles: has('upload_files'),
    createCategories: has('manage_categories'),
    createTags: has('edit_posts'),
    editOthersPosts: has('edit_others_posts'),
  };
}
