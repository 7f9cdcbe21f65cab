/**
 * A valid input for every operation of the contract, against a profile that holds one of
 * everything (an article, a person, a photo, a site), made through the contract itself. The
 * fuzz spoils these inputs; a destructive call that goes through (a removal, a trash) is undone
 * by `ensure` before the next operation's turn.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationName } from '../../../shared/api';
import { fromWireJson, toWireJson } from '../../../shared/wire';
import { formattedBody } from '../../support/bodies';
import { makePhoto } from '../../support/photo-fixtures';
import type { Answer, Request } from './client';

type Send = (req: Request) => Promise<Answer>;

interface Held {
  articleId: string;
  personId: string;
  photoId: string;
  siteId: string;
  photoBytes: Uint8Array;
  exportBytes: Uint8Array;
}

export interface Seeds {
  /** Puts back what an accepted destructive call took away. */
  ensure: () => Promise<void>;
  /** A valid input for the operation, as things stand now. */
  validInput: (operation: OperationName) => Promise<Record<string, unknown>>;
}

export function callWith(send: Send, headers: Record<string, string>) {
  return async <T>(operation: string, input: unknown): Promise<{ status: number; ok: boolean; value: T }> => {
    const answer = await send({ path: `/api/invoke/${operation}`, headers, body: toWireJson(input) });
    const result = fromWireJson(answer.body) as { ok: boolean; value: T };
    return { status: answer.status, ok: result.ok, value: result.value };
  };
}

export async function makeSeeds(send: Send, headers: Record<string, string>, workDir: string): Promise<Seeds> {
  const call = callWith(send, headers);
  const must = async <T>(operation: string, input: unknown): Promise<T> => {
    const result = await call<T>(operation, input);
    if (!result.ok) throw new Error(`seeding ${operation} failed: ${JSON.stringify(result.value ?? result)}`);
    return result.value;
  };
  const photoFile = await makePhoto(join(workDir, 'hamnen.jpg'), { width: 320, height: 240, seed: 11 });
  const held: Held = {
    articleId: '',
    personId: '',
    photoId: '',
    siteId: '',
    photoBytes: new Uint8Array(readFileSync(photoFile)),
    exportBytes: new Uint8Array(),
  };

  const article = async () => {
    const created = await must<{ id: string; revision: number }>('articles.create', { kind: 'news' });
    const draft = {
      kind: 'news',
      kicker: 'BRAND',
      headline: 'Brand i Hovsjö',
      lead: 'Räddningstjänsten larmades.',
      bylines: [],
      label: '',
      disclaimer: '',
      sponsor: '',
      mainPhotoId: null,
      body: formattedBody(),
    };
    await must('articles.save', { id: created.id, baseRevision: created.revision, draft });
    held.articleId = created.id;
  };
  const person = async () => {
    held.personId = (await must<{ id: string }>('people.save', { name: 'Alexander Isa', kind: 'reporter', title: 'reporter' })).id;
  };
  const photo = async () => {
    held.photoId = (await must<{ photo: { id: string } }>('photos.import', { fileName: 'hamnen.jpg', data: held.photoBytes })).photo.id;
  };
  const site = async () => {
    // A closed port on this computer: a call that reaches for the site fails at once.
    held.siteId = (
      await must<{ id: string }>('sites.save', {
        name: 'Tidningen',
        address: 'http://127.0.0.1:9',
        username: 'anna',
        password: 'abcd efgh ijkl mnop',
      })
    ).id;
  };
  await Promise.all([article(), person(), photo(), site()]);
  held.exportBytes = (await must<{ data: Uint8Array }>('articles.export', { ids: [held.articleId], format: 'json' })).data;

  const ensure = async () => {
    const got = await call<{ trashedAt: string | null }>('articles.get', { id: held.articleId });
    if (!got.ok) await article();
    else if (got.value.trashedAt !== null) await must('articles.restore', { id: held.articleId });
    const people = await must<Array<{ id: string }>>('people.list', { query: '' });
    if (!people.some((p) => p.id === held.personId)) await person();
    if (!(await call('photos.get', { id: held.photoId })).ok) await photo();
    const sites = await must<{ sites: Array<{ id: string }> }>('sites.list', {});
    if (!sites.sites.some((s) => s.id === held.siteId)) await site();
  };

  const validInput = async (operation: OperationName): Promise<Record<string, unknown>> => {
    const { articleId, personId, photoId, siteId } = held;
    switch (operation) {
      case 'articles.list':
        return { scope: 'active', query: 'brand' };
      case 'articles.page':
        return { scope: 'active', query: '', offset: 0, limit: 50 };
      case 'articles.summaries':
        return { ids: [articleId] };
      case 'articles.headlines':
        return { query: 'brand', limit: 10 };
      case 'articles.create':
        return { kind: 'news', sessionId: 'fuzz-session-0001' };
      case 'articles.get':
      case 'articles.trash':
      case 'articles.restore':
        return { id: articleId };
      case 'articles.save': {
        const { revision, ...article } = await must<Record<string, unknown> & { revision: number }>('articles.get', { id: articleId });
        const draft = Object.fromEntries(
          ['kind', 'kicker', 'headline', 'lead', 'bylines', 'label', 'disclaimer', 'sponsor', 'mainPhotoId', 'body'].map((key) => [
            key,
            article[key],
          ]),
        );
        return { id: articleId, baseRevision: revision, draft, sessionId: 'fuzz-session-0001' };
      }
      case 'articles.emptyTrash':
        return {};
      case 'articles.export':
        return { ids: [articleId], format: 'html' };
      case 'articles.import':
        return { fileName: 'artiklar.json', data: held.exportBytes };
      case 'people.list':
        return { query: 'Isa' };
      case 'people.save':
        return { id: personId, name: 'Alexander Isa', kind: 'reporter', title: 'reporter' };
      case 'people.remove':
        return { id: personId };
      case 'photos.import':
        return { fileName: 'hamnen.jpg', data: held.photoBytes };
      case 'photos.list':
        return { query: 'hamnen', creditType: null, missing: false, offset: 0, limit: 50 };
      case 'photos.get':
        return { id: photoId };
      case 'photos.update': {
        const photo = await must<{ caption: string; alt: string; credit: unknown }>('photos.get', { id: photoId });
        return { id: photoId, edit: { caption: photo.caption, alt: 'Båtar vid Mälarhamnen', credit: photo.credit } };
      }
      case 'photos.creditSuggestions':
        return { query: 'Ale' };
      case 'photos.report':
      case 'corrections.report':
        return { from: '2026-01-01', to: '2026-12-31' };
      case 'corrections.list':
        return { from: '2026-01-01' };
      case 'sites.list':
      case 'publish.wake':
      case 'settings.get':
      case 'app.info':
      case 'database.status':
      case 'database.recover':
      case 'database.backup':
        return {};
      case 'sites.save':
        return { id: siteId, name: 'Tidningen', address: 'http://127.0.0.1:9', username: 'anna' };
      case 'sites.remove':
      case 'sites.test':
        return { id: siteId };
      case 'publish.options':
        return { articleId, siteId };
      case 'publish.start':
        return { articleId, siteId, action: 'draft', categories: [], newCategories: [], tags: ['Södertälje'] };
      case 'publish.jobs':
        return { articleId, siteId, limit: 20 };
      case 'publish.cancel':
      case 'publish.retry':
        return { jobId: randomUUID() };
      case 'publish.resolveConflict':
        return { jobId: randomUUID(), choice: 'cancel' };
      case 'settings.update':
        return { language: 'sv', typography: { quotes: true, dashes: true, ellipsis: true } };
      case 'resume.get':
        return {};
      case 'resume.remember':
        return { articleId, place: { block: 0, offset: 3 } };
      case 'articles.history':
        return { id: articleId, limit: 20 };
      case 'articles.revision':
      case 'articles.restoreRevision': {
        const { revision } = await must<{ revision: number }>('articles.get', { id: articleId });
        return operation === 'articles.revision' ? { id: articleId, revision } : { id: articleId, revision, baseRevision: revision };
      }
      case 'review.states':
      case 'review.notes':
        return { articleId };
      case 'review.queue':
      case 'review.sync':
        return {};
      case 'review.refresh':
        return { siteId };
      case 'review.open':
        return { siteId, postId: 12 };
      case 'review.withdraw':
        return { articleId, siteId };
      case 'review.return':
        return { articleId, siteId, notes: [{ blockIndex: 0, text: 'Kolla namnet.' }] };
      case 'review.addNote':
        return { articleId, siteId, blockIndex: 1, text: 'Källa?' };
      case 'review.answerNote':
        return { noteId: randomUUID(), text: 'Fixat.' };
      case 'review.resolveNote':
        return { noteId: randomUUID(), resolved: true };
      case 'words.list':
      case 'words.export':
        return {};
      case 'words.add':
      case 'words.remove':
        return { word: 'Hawsho' };
      case 'words.import':
        return { text: 'Hawsho\nHjulström\n' };
      case 'words.known':
        return { articleId };
      case 'words.ignore':
        return { articleId, word: 'peerstöd' };
    }
  };

  return { ensure, validInput };
}
