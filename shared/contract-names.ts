/**
 * The names in the contract, with no schema library attached, so the sandboxed preload can
 * check names without carrying the schemas. shared/api.ts is checked against these lists.
 */
import { isOneOf } from './one-of';

export const operationNames = [
  'articles.list',
  'articles.page',
  'articles.summaries',
  'articles.headlines',
  'articles.create',
  'articles.get',
  'articles.save',
  'articles.trash',
  'articles.restore',
  'articles.emptyTrash',
  'articles.export',
  'articles.import',
  'people.list',
  'people.save',
  'people.remove',
  'photos.import',
  'photos.list',
  'photos.get',
  'photos.update',
  'photos.creditSuggestions',
  'photos.report',
  'sites.list',
  'sites.save',
  'sites.remove',
  'sites.test',
  'publish.options',
  'publish.start',
  'publish.jobs',
  'publish.cancel',
  'publish.retry',
  'publish.resolveConflict',
  'publish.wake',
  'settings.get',
  'settings.update',
  'app.info',
  'resume.get',
  'resume.remember',
  'database.status',
  'database.recover',
  'database.backup',
  'articles.history',
  'articles.revision',
  'articles.restoreRevision',
  'review.states',
  'review.withdraw',
  'review.queue',
  'review.refresh',
  'review.open',
  'review.return',
  'review.notes',
  'review.addNote',
  'review.answerNote',
  'review.resolveNote',
  'review.sync',
  'corrections.list',
  'corrections.report',
  'words.list',
  'words.add',
  'words.remove',
  'words.import',
  'words.export',
  'words.known',
  'words.ignore',
] as const;
export type OperationName = (typeof operationNames)[number];

export const eventNames = [
  'article.changed',
  'settings.changed',
  'people.changed',
  'photo.changed',
  'site.changed',
  'publish.changed',
  'database.changed',
  'review.changed',
  'review.queueFirstPage',
  'words.changed',
  'app.command',
] as const;
export type EventName = (typeof eventNames)[number];

export function isOperationName(name: string): name is OperationName {
  return isOneOf(operationNames, name);
}

export function isEventName(name: string): name is EventName {
  return isOneOf(eventNames, name);
}
