/** photos.*: the photo library, its credits and the credits report. */
import type { CreditSuggestion } from '../../shared/article/photo';
import { newsroomDate } from '../../shared/format/date';
import { rememberCreditSource, savedSources } from '../db/credit-sources';
import { listPeople } from '../db/people';
import { getPhoto, listPhotos, updatePhoto } from '../db/photos';
import { inTransaction } from '../db/transaction';
import { emitPhotoChanged } from '../events';
import { createImporter } from '../media/import';
import { creditsReport } from '../media/report';
import type { HandlerContext, NamespaceHandlers } from './context';

type PhotoContext = Pick<HandlerContext, 'db' | 'events' | 'dataDir' | 'now'>;

const suggestionLimit = 10;

/** Registry people first (staff before outside writers), then names and sources used before. */
function creditSuggestions(db: HandlerContext['db'], query: string): CreditSuggestion[] {
  const people: CreditSuggestion[] = listPeople(db, query)
    .slice(0, suggestionLimit)
    .map((person) => ({
      source: 'person',
      type: person.kind === 'outside' ? 'freelance' : 'staff',
      name: person.name,
      organisation: '',
      personId: person.id,
    }));
  const names = new Set(people.map((p) => p.name.toLocaleLowerCase('sv')));
  const saved: CreditSuggestion[] = savedSources(db, query, suggestionLimit)
    .filter((s) => !(s.organisation === '' && names.has(s.name.toLocaleLowerCase('sv'))))
    .map((s) => ({ source: 'saved', type: s.type, name: s.name, organisation: s.organisation, personId: null }));
  return [...people, ...saved].slice(0, suggestionLimit);
}

export function photoHandlers(ctx: PhotoContext): NamespaceHandlers<'photos'> {
  const { db, events, now } = ctx;
  const importPhoto = createImporter(ctx);
  const today = () => newsroomDate(now());
  return {
    'photos.import': async ({ fileName, data }) => {
      const result = await importPhoto(fileName, data);
      if (!result.duplicate) emitPhotoChanged(events, result.photo.id, 'imported');
      return result;
    },
    'photos.list': async (input) => listPhotos(db, input, today()),
    'photos.get': async ({ id }) => getPhoto(db, id, today()),
    'photos.update': async ({ id, edit }) => {
      const at = now();
      inTransaction(db, () => {
        updatePhoto(db, id, edit, at);
        rememberCreditSource(db, edit.credit, at);
      });
      emitPhotoChanged(events, id, 'updated');
      return getPhoto(db, id, today());
    },
    'photos.creditSuggestions': async ({ query }) => creditSuggestions(db, query),
    'photos.report': async ({ from, to }) => creditsReport(db, from, to),
  };
}
