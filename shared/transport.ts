/**
 * What the renderer reaches the core through: the Electron preload exposes it as `window.spalt`,
 * and browser mode's HTTP transport implements it too. Type-only, so the preload and the
 * renderer depend on it without pulling in anything from the main process.
 */
import type { EventName, Events, Input, OperationName, Outputs, Result } from './api';

/**
 * Whether the core answers this window. In browser mode the core is another process, which can
 * stop and be started again under a new token; in the desktop app it is there as long as the
 * window is.
 */
export type ConnectionState =
  /** The core answers. */
  | 'connected'
  /** No answer: the core is gone, or not yet back. */
  | 'lost'
  /** The core answers, but refuses this page's token: it was started again. */
  | 'replaced';

export interface Connection {
  get: () => ConnectionState;
  subscribe: (listener: () => void) => () => void;
}

export interface Transport {
  /** Runs one operation of the contract; failures arrive as `{ ok: false }`, never as a throw. */
  invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>>;
  /** Fire-and-forget, for flushing unsaved text while the window closes. */
  invokeOnExit<K extends OperationName>(name: K, input: Input<K>): void;
  /** Listens to one push event; returns the function that stops listening. */
  on<K extends EventName>(name: K, listener: (payload: Events[K]) => void): () => void;
  /** Whether the core answers; absent where it cannot go away (the desktop app). */
  connection?: Connection;
}
