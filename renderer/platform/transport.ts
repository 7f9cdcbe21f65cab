import type { EventName, Events, Input, OperationName, Outputs, Result } from '../../shared/api';
import type { Connection } from './connection';

/** What the renderer needs from a transport; the Electron bridge and HTTP both provide it. */
export interface Transport {
  invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>>;
  /** Fire-and-forget, for the last save when the window goes away. */
  invokeOnExit<K extends OperationName>(name: K, input: Input<K>): void;
  on<K extends EventName>(name: K, listener: (payload: Events[K]) => void): () => void;
  /** Whether the core answers; absent where it cannot go away (the desktop app). */
  connection?: Connection;
}
