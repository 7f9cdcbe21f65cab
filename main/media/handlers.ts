import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import type { CreditSuggestion } from '../../shared/article/photo';
import { newsroomDate } from '../../shared/format/date';
import { listPeople } from '../db/people';
import { getPhoto, listPhotos, updatePhoto } from '../db/photos';
import { saveCreditSource, savedSources } from './credit-sources';
import type { EventBus } from '../events';
import { createImporter } from './import';
import { creditsReport } from './report';

export interface PhotoDeps {
  db: Database;
  events: EventBus;
  dataDir: string;
  now: () => string;
}

type PhotoHandlers = Pick<
  Handlers,
  'photos.import' | 'photos.list' | 'photos.get' | 'photos.update' | 'photos.creditSuggestions' | 'photos.report'
>;

const suggestionLimit = 10;

/** Registry people first (staff before outside writers), then names and sources used before. */
function creditSuggestions(db: Database, query: string): CreditSuggestion[] {
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

/** The photo library's operations (issue 4). */
export function photoHandlers(deps: PhotoDeps): PhotoHandlers {
  const { db, events, now } = deps;
  const importPhoto = createImporter(deps);
  const today = () => newsroomDate(now());
  return {
    'photos.import': async ({ fileName, data }) => {
      const result = await importPhoto(fileName, data);
      if (!result.duplicate) events.emit('photo.changed', { id: result.photo.id, change: 'imported' });
      return result;
    },
    'photos.list': async (input) => listPhotos(db, input, today()),
    'photos.get': async ({ id }) => getPhoto(db, id, today()),
    'photos.update': async ({ id, edit }) => {
      const at = now();
      db.transaction(() => {
        updatePhoto(db, id, edit, at);
        const { credit } = edit;
        if (credit.personId === null) saveCreditSource(db, credit.type, credit.name, credit.organisation, at);
      })();
      events.emit('photo.changed', { id, change: 'updated' });
      return getPhoto(db, id, today());
    },
    'photos.creditSuggestions': async ({ query }) => creditSuggestions(db, query),
    'photos.report': async ({ from, to }) => creditsReport(db, from, to),
  };
}
