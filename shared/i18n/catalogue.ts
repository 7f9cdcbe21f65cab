/**
 * Every message of the interface, assembled from one file per area (areas/). A key lives in
 * exactly one area; a unit test holds every area assembled here, and every key used.
 */
import { app } from './areas/app';
import { article } from './areas/article';
import { articlePhotos } from './areas/article-photos';
import { backup } from './areas/backup';
import { browserMode } from './areas/browser-mode';
import { checklist } from './areas/checklist';
import { credits } from './areas/credits';
import { corrections } from './areas/corrections';
import { database } from './areas/database';
import { editor } from './areas/editor';
import { errors } from './areas/errors';
import { exportImport } from './areas/export';
import { history } from './areas/history';
import { library } from './areas/library';
import { outbox } from './areas/outbox';
import { people } from './areas/people';
import { proofing } from './areas/proofing';
import { photoLibrary } from './areas/photo-library';
import { publishDialog } from './areas/publish-dialog';
import { publishErrors } from './areas/publish-errors';
import { publishMerge } from './areas/publish-merge';
import { publishQueue } from './areas/publish-queue';
import { readAlso } from './areas/read-also';
import { review } from './areas/review';
import { saving } from './areas/saving';
import { settings } from './areas/settings';
import { sites } from './areas/sites';
import { siteWorkflow } from './areas/site-workflow';
import { urls } from './areas/urls';
import type { Entry, Message, ParamsOf } from './message';

export const catalogue = {
  ...app,
  ...library,
  ...article,
  ...checklist,
  ...people,
  ...settings,
  ...editor,
  ...saving,
  ...errors,
  ...database,
  ...backup,
  ...photoLibrary,
  ...credits,
  ...articlePhotos,
  ...exportImport,
  ...urls,
  ...sites,
  ...publishErrors,
  ...siteWorkflow,
  ...outbox,
  ...publishDialog,
  ...publishQueue,
  ...publishMerge,
  ...readAlso,
  ...browserMode,
  ...history,
  ...review,
  ...corrections,
  ...proofing,
} satisfies Record<string, Entry>;

export type Catalogue = typeof catalogue;
export type MessageKey = keyof Catalogue;

/** The parameters of a key's message, read from its Swedish text. */
export type MessageParams<Key extends MessageKey> = ParamsOf<Catalogue[Key]['sv']>;

/** Every message in one language, for the tests that read a language whole. */
export function messagesIn(language: keyof Entry): Readonly<Record<MessageKey, Message>> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, entry]) => [key, entry[language]])) as Record<MessageKey, Message>;
}
