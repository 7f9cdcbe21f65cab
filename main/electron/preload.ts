/**
 * The sandboxed preload: exposes `window.spalt` and nothing else. Bundled to one CommonJS
 * file whose only require is electron, as Electron's sandbox demands.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Input, Outputs, Result } from '../../shared/api';
import { isEventName, isOperationName, type EventName, type OperationName } from '../../shared/contract-names';
import type { Transport } from '../../shared/transport';
import { ipcChannels } from './policy';

type Listener = (payload: unknown) => void;

const listeners = new Map<EventName, Set<Listener>>();
let receiving = false;

// One IPC listener fans out to all subscribers, so many views never hit the emitter's limit.
function receiveEvents(): void {
  if (receiving) return;
  receiving = true;
  ipcRenderer.on(ipcChannels.event, (_event, name: unknown, payload: unknown) => {
    if (typeof name !== 'string' || !isEventName(name)) return;
    for (const listener of listeners.get(name) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[spalt] listener for ${name} failed:`, error);
      }
    }
  });
}

function unknownName(sv: string, en: string, name: unknown): TypeError {
  return new TypeError(`${sv} / ${en}: ${String(name).slice(0, 80)}`);
}

const bridge: Transport = {
  invoke<K extends OperationName>(name: K, input: Input<K>): Promise<Result<Outputs[K]>> {
    if (typeof name !== 'string' || !isOperationName(name)) {
      return Promise.reject(unknownName('Okänd åtgärd', 'unknown operation', name));
    }
    return ipcRenderer.invoke(ipcChannels.invoke, name, input) as Promise<Result<Outputs[K]>>;
  },
  invokeOnExit(name, input) {
    if (typeof name !== 'string' || !isOperationName(name)) throw unknownName('Okänd åtgärd', 'unknown operation', name);
    ipcRenderer.send(ipcChannels.invokeOnExit, name, input);
  },
  on(name, listener) {
    if (typeof name !== 'string' || !isEventName(name)) throw unknownName('Okänd händelse', 'unknown event', name);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    receiveEvents();
    const set = listeners.get(name) ?? new Set<Listener>();
    listeners.set(name, set);
    const entry = listener as Listener;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  },
};

contextBridge.exposeInMainWorld('spalt', bridge);
