import { eventNames, type EventName, type Events } from '../shared/api';

type Listener<K extends EventName> = (payload: Events[K]) => void;

/** The core's push events, fanned out to every adapter's listeners. */
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
    const offs = eventNames.map((name) =>
      this.on(name, (payload) => listener(name, payload)),
    );
    return () => offs.forEach((off) => off());
  }

  emit<K extends EventName>(name: K, payload: Events[K]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }
}
