import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { afterNextPaint } from '../start/started';

interface Registration {
  register: () => () => void;
  undo: (() => void) | null;
  cancelled: boolean;
}

const waiting = new WeakMap<LexicalEditor, Registration[]>();

function registerWaiting(editor: LexicalEditor): void {
  const queue = waiting.get(editor) ?? [];
  waiting.delete(editor);
  const live = queue.filter((registration) => !registration.cancelled);
  if (live.length === 0) return;
  // Registered inside one update, each transform's marking joins it: Lexical marks the body's
  // nodes and runs the transforms over them once, where an update of its own for each would run
  // every transform registered so far over every node marked so far, again.
  editor.update(
    () => {
      for (const registration of live) registration.undo = registration.register();
    },
    { tag: HISTORY_MERGE_TAG },
  );
}

/**
 * Registers what Lexical runs over the whole body as it is registered (a node transform: every
 * node of its type is marked and transformed), once the body is on screen: after the next frame
 * is painted, so it does not hold that frame up, and together with the others waiting then, in
 * one update. Returns the cancel, which also unregisters.
 */
export function registerOverBody(editor: LexicalEditor, register: () => () => void): () => void {
  const registration: Registration = { register, undo: null, cancelled: false };
  let queue = waiting.get(editor);
  if (!queue) {
    queue = [];
    waiting.set(editor, queue);
    afterNextPaint(() => registerWaiting(editor));
  }
  queue.push(registration);
  return () => {
    registration.cancelled = true;
    registration.undo?.();
    registration.undo = null;
  };
}
