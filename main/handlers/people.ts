/** people.*: the registry of staff and outside writers that bylines and credits pick from. */
import { randomUUID } from 'node:crypto';
import * as people from '../db/people';
import { emitPeopleChanged } from '../events';
import type { HandlerContext, NamespaceHandlers } from './context';

export function peopleHandlers({ db, events, now }: Pick<HandlerContext, 'db' | 'events' | 'now'>): NamespaceHandlers<'people'> {
  return {
    'people.list': async ({ query, sort, limit }) => people.listPeople(db, query, { sort, limit }),
    'people.save': async (input) => {
      const person = people.savePerson(db, { ...input, id: input.id ?? randomUUID() }, now());
      emitPeopleChanged(events, person.id);
      return person;
    },
    'people.remove': async ({ id }) => {
      people.removePerson(db, id);
      emitPeopleChanged(events, id);
      return { removed: true as const };
    },
  };
}
