import type { EventName, Events, Input, OperationName, Outputs, Result } from '../../shared/api';
import { SpaltError, type SpaltErrorValue } from '../../shared/errors';
import { fromWireJson, toWireJson } from '../../shared/wire';
import { createConnectionWatch, type Answer } from './connection';
import type { Transport } from '../../shared/transport';
import type { PostAnswer, PostRequest } from './post-protocol';

type Listener = (payload: never) => void;

/** A refusal of the token means the core was started again since this page got its cookie. */
function answerOf(status: number, result: Result<unknown> | null): Answer {
  const error: SpaltErrorValue | undefined = result && !result.ok ? result.error : undefined;
  return status === 403 && error?.code === 'forbidden' && error.details.reason === 'token' ? 'stale_token' : 'answered';
}

type Posted = { status: number; result: Result<unknown> | null } | null;

/** Request bodies from this size on are sent by the post worker (an article's autosave, from about 300 words). */
const largeBody = 4 * 1024;

function answered(status: number, text: string | null): Posted {
  if (text === null) return { status, result: null };
  try {
    return { status, result: fromWireJson(text) as Result<unknown> };
  } catch {
    return { status, result: null };
  }
}

let worker: { post: (name: string, body: string) => Promise<Posted> } | null = null;

function postWorker(): NonNullable<typeof worker> {
  const thread = new Worker(new URL('./post.worker.ts', import.meta.url), { type: 'module', name: 'spalt-post' });
  const pending = new Map<number, (answer: Posted) => void>();
  let nextId = 0;
  thread.addEventListener('message', (event: MessageEvent<PostAnswer>) => {
    const { id, status, text } = event.data;
    pending.get(id)?.(status === null ? null : answered(status, text));
    pending.delete(id);
  });
  return {
    post: (name, body) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        const request: PostRequest = { id, name, body };
        thread.postMessage(request);
      }),
  };
}

async function post(name: string, body: string): Promise<Posted> {
  if (body.length >= largeBody && typeof Worker !== 'undefined') return (worker ??= postWorker()).post(name, body);
  let response: Response;
  try {
    response = await fetch(`/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      credentials: 'same-origin',
    });
  } catch {
    return null;
  }
  return answered(response.status, await response.text().catch(() => null));
}

/** Browser mode: the core behind 127.0.0.1; the per-launch token travels as a cookie. */
export function httpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<Listener>>();

  const connection = createConnectionWatch(async () => {
    const answer = await post('app.info', '{}');
    return answer === null ? 'no_answer' : answerOf(answer.status, answer.result);
  });

  function listen(events: EventSource, name: EventName): void {
    events.addEventListener(name, (event: MessageEvent<string>) => {
      const payload = JSON.parse(event.data) as never;
      for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
    });
  }

  function connectEvents(): void {
    if (source) return;
    source = new EventSource('/api/events');
    source.addEventListener('error', () => connection.suspect());
    for (const name of listeners.keys()) listen(source, name);
  }

  // A stream the browser gave up on (the core refused it, or was away too long) is opened again.
  connection.subscribe(() => {
    if (connection.get() !== 'connected' || source?.readyState !== EventSource.CLOSED) return;
    source = null;
    connectEvents();
  });

  return {
    connection,
    async invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>> {
      const answer = await post(name, toWireJson(input));
      // One call without an answer may be that call's alone: the probe decides whether the core is gone.
      if (answer === null) connection.suspect();
      else connection.report(answerOf(answer.status, answer.result));
      if (answer?.result == null) return { ok: false, error: new SpaltError('unreachable').toValue() };
      return answer.result as Result<Outputs[K]>;
    },
    invokeOnExit(name, input) {
      const body = new Blob([toWireJson(input)], { type: 'application/json' });
      navigator.sendBeacon(`/api/invoke/${name}`, body);
    },
    on<K extends EventName>(name: K, listener: (payload: Events[K]) => void) {
      const set = listeners.get(name) ?? new Set();
      if (!listeners.has(name)) {
        listeners.set(name, set);
        if (source) listen(source, name);
      }
      connectEvents();
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
