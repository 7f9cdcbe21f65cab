/**
 * The core's push events, fanned out to every adapter's listeners, and the one helper per event
 * that builds its payload: a call site names what changed, never the payload's shape.
 */
import { eventNames, type ArticleChange, type EventName, type Events } from '../shared/api';
import type { DatabaseStatus } from '../shared/database';
import type { JobState, JobStep } from '../shared/publish/publish';

type Listener<K extends EventName> = (payload: Events[K]) => void;

export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener<EventName>>>();

  on<K extends EventName>(name: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener as Listener<EventName>);
    this.listeners.set(name, set);
    return () => set.delete(listener as Listener<EventName>);
  }

  /** Calls `listener` for every event, with its name. */
  onAny(listener: <K extends EventName>(name: K, payload: Events[K]) => void): () => void {
    const offs = eventNames.map((name) => this.on(name, (payload) => listener(name, payload)));
    return () => offs.forEach((off) => off());
  }

  emit<K extends EventName>(name: K, payload: Events[K]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }
}

/** An article was created, saved, trashed, restored or deleted; `sessionId` names the window that did it, if one did. */
export function emitArticleChanged(
  events: EventBus,
  id: string,
  change: ArticleChange['change'],
  { revision, sessionId }: { revision: number; sessionId?: string | null },
): void {
  events.emit('article.changed', { id, change, revision, sessionId: sessionId ?? null });
}

export function emitPeopleChanged(events: EventBus, id: string): void {
  events.emit('people.changed', { id });
}

export function emitPhotoChanged(events: EventBus, id: string, change: Events['photo.changed']['change']): void {
  events.emit('photo.changed', { id, change });
}

export function emitSiteChanged(events: EventBus, id: string, change: Events['site.changed']['change']): void {
  events.emit('site.changed', { id, change });
}

/** A publish job as it now is: its state and the step it reached. */
export function emitPublishChanged(
  events: EventBus,
  job: { id: string; articleId: string; siteId: string; state: JobState; step: JobStep },
): void {
  events.emit('publish.changed', { jobId: job.id, articleId: job.articleId, siteId: job.siteId, state: job.state, step: job.step });
}

export function emitSettingsChanged(events: EventBus, settings: Events['settings.changed']): void {
  events.emit('settings.changed', settings);
}

export function emitDatabaseChanged(events: EventBus, status: DatabaseStatus): void {
  events.emit('database.changed', status);
}

/** The first page of a queue read with nothing kept from before: shown while the rest is read. */
export function emitQueueFirstPage(events: EventBus, site: Events['review.queueFirstPage']): void {
  events.emit('review.queueFirstPage', site);
}

/** An article's review state or notes changed; with no article, the site's review queue. */
export function emitReviewChanged(events: EventBus, siteId: string, articleId: string | null): void {
  events.emit('review.changed', { articleId, siteId });
}

export function emitWordsChanged(events: EventBus, count: number): void {
  events.emit('words.changed', { count });
}
