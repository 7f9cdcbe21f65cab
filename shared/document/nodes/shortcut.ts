/**
 * A keyboard shortcut as data: which modifiers and which key. The editor matches and prints
 * them (renderer/editor/shortcuts.ts); a block's menu entry declares its own.
 */
export type ShortcutModifiers = 'primary' | 'primaryShift' | 'access';

export interface Shortcut {
  modifiers: ShortcutModifiers;
  /** The `KeyboardEvent.code` of the key, so the shortcut is the same key whatever the layout. */
  code: string;
}

/** Ctrl, or Cmd on macOS. */
export const primary = (code: string): Shortcut => ({ modifiers: 'primary', code });
export const primaryShift = (code: string): Shortcut => ({ modifiers: 'primaryShift', code });
/**
 * WordPress's "access" modifier: Shift+Alt, or Control+Option on macOS. Blocks take it with a
 * letter, never A or B: Chrome keeps Shift+Alt+A and Shift+Alt+B for itself (inactive dialogs,
 * the bookmarks bar).
 */
export const access = (code: string): Shortcut => ({ modifiers: 'access', code });
