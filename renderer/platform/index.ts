import type { EventName, Events, Input, OperationName, Outputs } from '../../shared/api';
import { SpaltError } from '../../shared/errors';
import type { Connection, Transport } from '../../shared/transport';
import { alwaysConnected, whenReconnected } from './connection';
import { httpTransport } from './http';

declare global {
  interface Window {
    /** Present only in the desktop app, put there by the preload. */
    spalt?: Transport;
  }
}

const transport: Transport = window.spalt ?? httpTransport();

/** Whether this is the desktop app (the preload's bridge), not a browser. */
export const isDesktop = window.spalt !== undefined;

/** Whether the core answers this window (always, in the desktop app). */
export const connection: Connection = transport.connection ?? alwaysConnected;

/** Calls `listener` each time the core answers again after it did not. */
export function onReconnected(listener: () => void): () => void {
  return whenReconnected(connection, listener);
}

/** Names this window's saves, so it can tell them from another window's. */
export const sessionId = crypto.randomUUID();

/** Calls the core; a failure arrives as a thrown SpaltError with a code and a message. */
export async function invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Outputs[K]> {
  const result = await transport.invoke(name, input);
  if (!result.ok) throw SpaltError.fromValue(result.error);
  return result.value;
}

export function invokeOnExit<K extends OperationName>(name: K, input: Input<K>): void {
  transport.invokeOnExit(name, input);
}

export function onEvent<K extends EventName>(name: K, listener: (payload: Events[K]) => void): () => void {
  return transport.on(name, listener);
}
