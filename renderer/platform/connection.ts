import type { Connection, ConnectionState } from '../../shared/transport';

/** What one answer, or its absence, says about the core. */
export type Answer = 'answered' | 'no_answer' | 'stale_token';

export interface ConnectionWatch extends Connection {
  /** What a call's answer said. */
  report: (answer: Answer) => void;
  /** Something suggests the core is gone (a call got no answer, the event stream dropped): probe at once. */
  suspect: () => void;
}

const stateOf: Record<Answer, ConnectionState> = { answered: 'connected', no_answer: 'lost', stale_token: 'replaced' };

/**
 * Watches whether the core answers this page. A call that gets no answer, or an event stream
 * that drops, has the core probed; while it does not answer, or refuses the token, it is probed
 * every second until it answers this page again, so the page can say what happened and when it
 * is over.
 */
export function createConnectionWatch(probe: () => Promise<Answer>, probeEveryMs = 1_000): ConnectionWatch {
  let state: ConnectionState = 'connected';
  let probing = false;
  const listeners = new Set<() => void>();

  const report = (answer: Answer) => {
    const next = stateOf[answer];
    if (next !== state) {
      state = next;
      for (const listener of [...listeners]) listener();
    }
    if (state !== 'connected' && !probing) void probeUntilAnswered();
  };

  async function probeUntilAnswered(): Promise<void> {
    probing = true;
    try {
      do {
        await new Promise((resolve) => setTimeout(resolve, probeEveryMs));
        report(await probe());
      } while (state !== 'connected');
    } finally {
      probing = false;
    }
  }

  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report,
    suspect: () => {
      if (!probing) void probe().then(report);
    },
  };
}

/** Calls `listener` each time the core answers again after it did not. */
export function whenReconnected(connection: Connection, listener: () => void): () => void {
  let before = connection.get();
  return connection.subscribe(() => {
    const now = connection.get();
    if (now === 'connected' && before !== 'connected') listener();
    before = now;
  });
}

/** The desktop app's core runs in the same app: it is there as long as the window is. */
export const alwaysConnected: Connection = { get: () => 'connected', subscribe: () => () => undefined };
