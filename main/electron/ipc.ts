import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Events, Result } from '../../shared/api';
import type { AppCommand } from '../../shared/app-commands';
import { SpaltError } from '../../shared/errors';
import { parseJsonTexts } from '../../shared/json-text';
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { ipcChannels, isTrustedSenderUrl } from './policy';

export interface IpcConnection {
  /** Lets this window call the core and receive its events. */
  attach: (window: BrowserWindow) => void;
  /** Tells this window to carry out a menu command, as an `app.command` event. */
  command: (window: BrowserWindow, command: AppCommand) => void;
  disconnect: () => void;
}

async function call(core: Core, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (typeof name !== 'string') {
    return { ok: false, error: new SpaltError('unknown_operation', { details: typeof name }).toValue() };
  }
  return dispatch(core.handlers, name, input);
}

/** Connects our windows to the core: calls in, push events out. */
export function connectIpc(core: Core): IpcConnection {
  // Weak and never pruned: a closing window's last message must still be recognised.
  const trusted = new WeakSet<WebContents>();
  const listening = new Set<WebContents>();

  /**
   * Only the main frame of one of our windows, showing our own pages, may call the core.
   * `frameMayBeGone` admits a frame already torn down, which happens to the exit flush.
   */
  function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent, frameMayBeGone: boolean): boolean {
    if (!trusted.has(event.sender)) return false;
    try {
      const frame = event.senderFrame;
      if (frame === null || frame.detached) return frameMayBeGone;
      return frame.parent === null && isTrustedSenderUrl(frame.url);
    } catch {
      return frameMayBeGone;
    }
  }

  ipcMain.handle(ipcChannels.invoke, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, false)) {
      return { ok: false, error: new SpaltError('forbidden', { reason: 'sender' }).toValue() };
    }
    // A body the window wrote as JSON text crosses as that text, and is parsed here (shared/json-text.ts).
    return call(core, name, parseJsonTexts(input));
  });

  ipcMain.on(ipcChannels.invokeOnExit, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event, true)) return;
    // The handler's database write runs synchronously here, before the window is gone.
    void call(core, name, parseJsonTexts(input)).then((result) => {
      if (!result.ok) console.error(`[spalt] ${String(name)} on exit failed: ${result.error.message.en}`);
    });
  });

  const offEvents = core.events.onAny((name, payload) => {
    for (const contents of listening) {
      if (!contents.isDestroyed()) contents.send(ipcChannels.event, name, payload);
    }
  });

  return {
    attach: (window) => {
      const contents = window.webContents;
      trusted.add(contents);
      listening.add(contents);
      contents.once('destroyed', () => listening.delete(contents));
    },
    command: (window, command) => {
      const contents = window.webContents;
      const payload: Events['app.command'] = { command };
      if (listening.has(contents) && !contents.isDestroyed()) contents.send(ipcChannels.event, 'app.command', payload);
    },
    disconnect: () => {
      offEvents();
      listening.clear();
      ipcMain.removeHandler(ipcChannels.invoke);
      ipcMain.removeAllListeners(ipcChannels.invokeOnExit);
    },
  };
}
