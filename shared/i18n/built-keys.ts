/**
 * Keys built at run time from a value (`kind.${kind}`), each family under a prefix declared
 * here. The compiler checks that every value the code can pass has its key; the unit test
 * counts every key under a prefix in use as used, so a family names nothing else.
 */
import type { MessageKey } from './catalogue';

export const builtKeyPrefixes = [
  'error.', // ErrorCode
  'kind.', // ArticleKind
  'status.', // ArticleStatus
  'bylines.role.', // BylineRole
  'people.kind.', // PersonKind
  'checklist.severity.', // ChecklistItem's severity
  'checklist.rule.', // ChecklistRule
  'photo.problem.', // PhotoProblem
  'credit.type.', // CreditType, and "none"
  'credit.source.', // where a credit suggestion comes from
  'export.format.', // ExportFormat
  'sites.role.', // WordPressRole, and "none"
  'sites.cap.', // CapabilityName
  'outbox.state.', // JobState
  'outbox.step.', // JobStep
  'outbox.action.', // PublishAction
  'outbox.conflict.', // a post field changed on the site
  'publishDialog.actionHint.', // PublishAction
  'publishDialog.submit.', // PublishAction
  'publishProgress.heading.', // PublishAction
  'publishProgress.done.', // where a finished job left the post
  'articlePublish.done.', // where a finished job left the post
  'settings.typography.', // TypographyRule
  'language.', // Language
  'menu.', // the desktop menus' items
  'wordpress.postStatus.', // a post's status on the site
  'history.name.', // RevisionName
  'history.field.', // ArticleField, and photoCredits
  'history.block.', // BlockChangeKind
  'history.aspect.', // BlockAspect
] as const;

export type BuiltKeyPrefix = (typeof builtKeyPrefixes)[number];

/** The values a family takes: what follows its prefix in the keys. */
export type FamilyValue<Prefix extends BuiltKeyPrefix> = MessageKey extends infer Key
  ? Key extends `${Prefix}${infer Value}`
    ? Value
    : never
  : never;

/** The key for one value of a family ("kind." and "news" give "kind.news"). */
export function builtKey<Prefix extends BuiltKeyPrefix, Value extends FamilyValue<Prefix>>(
  prefix: Prefix,
  value: Value,
): `${Prefix}${Value}` {
  return `${prefix}${value}`;
}
