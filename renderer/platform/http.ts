import type { EventName, Events, Input, OperationName, Outputs, Result } from '../../shared/api';
import { SpaltError } from '../../shared/errors';
import { fromWireJson, toWireJson } from '../../shared/wire';
import type { Transport } from './transport';

/** Browser mode: the core behind 127.0.0.1; the per-launch token travels as a cookie. */
export function httpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  function connectEvents(): EventSource {
    if (source) return source;
    source = new EventSource('/api/events');
    return source;
  }

  return {
    async invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>> {
      let response: Response;
      try {
        response = await fetch(`/api/invoke/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: toWireJson(input),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: new SpaltError('unreachable').toValue() };
      }
      try {
        return fromWireJson(await response.text()) as Result<Outputs[K]>;
      } catch {
        return { ok: false, error: new SpaltError('unreachable').toValue() };
      }
    },
    invokeOnExit(name, input) {
      const body = new Blob([JSON.stringify(input)], { type: 'application/json' });
      navigator.sendBeacon(`/api/invoke/${name}`, body);
    },
    on<K extends EventName>(name: K, listener: (payload: Events[K]) => void) {
      const events = connectEvents();
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const handle = (event: MessageEvent<string>) => listener(JSON.parse(event.data) as Events[K]);
      events.addEventListener(name, handle);
      set.add(listener as (payload: never) => void);
      return () => {
        events.removeEventListener(name, handle);
        set.delete(listener as (payload: never) => void);
      };
    },
  };
}
