import { IS_APPLE } from 'lexical';
import { access, primary, primaryShift, type Shortcut, type ShortcutModifiers } from '../../shared/document/nodes/shortcut';

/**
 * The editor's keyboard shortcuts, defined once for the key handlers, the toolbar's and menu's
 * aria-keyshortcuts and the labels that name them.
 *
 * Never Ctrl+Alt: under Windows that is AltGr, which types "@", "£", "$", "{", "}" on Swedish,
 * Finnish, Norwegian and Danish keyboards, and "@", "€", "{" on German ones. Blocks use the
 * WordPress block editor's "access" modifier instead: Shift+Alt on Windows and Linux,
 * Control+Option on macOS (where Option alone types characters). The rest use the primary
 * modifier, Ctrl, or Cmd on macOS. Each block's shortcut is declared in its definition
 * (shared/document/nodes/<block>/definition.ts).
 */

export const shortcuts = {
  paragraph: access('Digit0'),
  h2: access('Digit2'),
  h3: access('Digit3'),
  bold: primary('KeyB'),
  italic: primary('KeyI'),
  underline: primary('KeyU'),
  link: primary('KeyK'),
  numberedList: primaryShift('Digit7'),
  bulletList: primaryShift('Digit8'),
  quote: primaryShift('Digit9'),
  undo: primary('KeyZ'),
  redo: primaryShift('KeyZ'),
  // O for "ord": the spelling menu of the word at the caret, or of the next unknown word.
  spelling: access('KeyO'),
} as const satisfies Record<string, Shortcut>;

interface Held {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

function held(modifiers: ShortcutModifiers, apple: boolean): Held {
  switch (modifiers) {
    case 'primary':
      return { ctrl: !apple, alt: false, shift: false, meta: apple };
    case 'primaryShift':
      return { ctrl: !apple, alt: false, shift: true, meta: apple };
    case 'access':
      return apple ? { ctrl: true, alt: true, shift: false, meta: false } : { ctrl: false, alt: true, shift: true, meta: false };
  }
}

/** AltGr is held: the key types a character (under Windows it also reports Ctrl and Alt). */
export function altGraphHeld(event: Pick<KeyboardEvent, 'getModifierState'>): boolean {
  return event.getModifierState('AltGraph');
}

type KeyPress = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey' | 'getModifierState'>;

/** The key and exactly the shortcut's modifiers, and never while AltGr is held. */
export function matchesShortcut(event: KeyPress, shortcut: Shortcut, apple = IS_APPLE): boolean {
  if (event.code !== shortcut.code || altGraphHeld(event)) return false;
  const want = held(shortcut.modifiers, apple);
  return event.ctrlKey === want.ctrl && event.altKey === want.alt && event.shiftKey === want.shift && event.metaKey === want.meta;
}

const keyName = (code: string) => code.replace(/^(Digit|Key)/, '');

/** As aria-keyshortcuts writes it: "Shift+Alt+2", "Control+K"; on macOS "Control+Alt+2", "Meta+K". */
export function ariaShortcut(shortcut: Shortcut, apple = IS_APPLE): string {
  const { ctrl, alt, shift, meta } = held(shortcut.modifiers, apple);
  return [ctrl && 'Control', meta && 'Meta', shift && 'Shift', alt && 'Alt', keyName(shortcut.code)].filter(Boolean).join('+');
}

/** As the keys are printed: "Shift+Alt+2", "Ctrl+K"; on macOS "⌃⌥2", "⌘K". */
export function shortcutLabel(shortcut: Shortcut, apple = IS_APPLE): string {
  const { ctrl, alt, shift, meta } = held(shortcut.modifiers, apple);
  const key = keyName(shortcut.code);
  if (apple) return `${ctrl ? '⌃' : ''}${alt ? '⌥' : ''}${shift ? '⇧' : ''}${meta ? '⌘' : ''}${key}`;
  return [ctrl && 'Ctrl', shift && 'Shift', alt && 'Alt', key].filter(Boolean).join('+');
}
