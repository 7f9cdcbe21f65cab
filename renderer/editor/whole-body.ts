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

/** What comes to the body before its content changes: a key, a paste, a drop, any input. */
const beforeChange = ['keydown', 'beforeinput', 'paste', 'drop'] as const;

/**
 * Runs `now` when something that may change the body comes to it before `now` has run; returns
 * the stop. Heard on the root in the capture phase, so ahead of Lexical's own handling.
 */
function onFirstInput(editor: LexicalEditor, now: () => void): () => void {
  const root = editor.getRootElement();
  if (!root) return () => undefined;
  const stop = () => {
    for (const type of beforeChange) root.removeEventListener(type, heard, true);
  };
  const heard = () => {
    stop();
    now();
  };
  for (const type of beforeChange) root.addEventListener(type, heard, true);
  return stop;
}

/**
 * Registers what Lexical runs over the whole body as it is registered (a node transform: every
 * node of its type is marked and transformed), once the body is on screen: after the next frame
 * is painted, in a task of its own, so it does not hold that frame up, and together with the
 * others waiting then, in one update. A key, a paste or a drop that comes to the body before
 * then registers them at once, ahead of its own change, so no typing goes untransformed.
 * Returns the cancel, which also unregisters.
 */
export function registerOverBody(editor: LexicalEditor, register: () => () => void): () => void {
  const registration: Registration = { register, undo: null, cancelled: false };
  let queue = waiting.get(editor);
  if (!queue) {
    queue = [];
    waiting.set(editor, queue);
    const stopListening = onFirstInput(editor, () => registerWaiting(editor));
    afterNextPaint(() => {
      stopListening();
      registerWaiting(editor);
    });
  }
  queue.push(registration);
  return () => {
    registration.cancelled = true;
    registration.undo?.();
    registration.undo = null;
  };
}
