/**
 * What the Electron preload exposes to the renderer as `window.spalt`. Type-only, so the
 * renderer can depend on it without pulling in anything from the main process.
 */
import type { EventName, Events, Input, OperationName, Outputs, Result } from './api';

export interface SpaltBridge {
  /** Runs one operation of the contract; failures arrive as `{ ok: false }`, never as a throw. */
  invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>>;
  /** Fire-and-forget, for flushing unsaved text while the window closes. */
  invokeOnExit<K extends OperationName>(name: K, input: Input<K>): void;
  /** Listens to one push event; returns the function that stops listening. */
  on<K extends EventName>(name: K, listener: (payload: Events[K]) => void): () => void;
}
