/**
 * The window's commands (the desktop menus, browser mode's shortcuts): a view that can carry one
 * out registers for it while shown; otherwise the command's fallback runs (usually going to the
 * view), and the view, once shown, is handed the command it was opened for.
 */
import { useEffect, useRef } from 'react';
import type { AppCommand } from '../shared/app-commands';

type Handler = () => void;

const handlers = new Map<AppCommand, Handler>();
/** A command whose view is on its way; given to that view when it registers, if it comes soon. */
let pending: { command: AppCommand; at: number } | null = null;
const pendingForMs = 5000;

/**
 * Carries out `command` in the view that registered for it, or runs `fallback`; when the
 * fallback goes to that view (`leadsToView`), the view is handed the command once shown.
 */
export function runAppCommand(command: AppCommand, fallback: () => void, leadsToView = true): void {
  const handler = handlers.get(command);
  if (handler) {
    handler();
    return;
  }
  pending = leadsToView ? { command, at: Date.now() } : null;
  fallback();
}

/** While the calling view is shown, it carries out `command`. */
export function useAppCommand(command: AppCommand, handler: Handler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const run = () => latest.current();
    handlers.set(command, run);
    if (pending?.command === command && Date.now() - pending.at < pendingForMs) {
      pending = null;
      run();
    }
    return () => {
      if (handlers.get(command) === run) handlers.delete(command);
    };
  }, [command]);
}

/**
 * Browser mode's shortcut for a key press, where the browser lets a page have it: Ctrl+N (and
 * ⌘N) opens a browser window and cannot be taken, so a new article has none.
 */
export function browserShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (!event.shiftKey && key === 'f') return 'search';
  if (!event.shiftKey && key === ',') return 'settings';
  if (event.shiftKey && key === 'p') return 'publish';
  return null;
}
