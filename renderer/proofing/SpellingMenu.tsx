import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n';

interface SpellingMenuProps {
  word: string;
  /** Null while Hunspell is still looking. */
  suggestions: string[] | null;
  at: { x: number; y: number };
  onPick: (suggestion: string) => void;
  onAdd: () => void;
  onIgnore: () => void;
  onClose: () => void;
}

/** Spalt's own spelling menu: suggestions, then the word list and the article's ignores; arrow keys, Escape. */
export function SpellingMenu({ word, suggestions, at, onPick, onAdd, onIgnore, onClose }: SpellingMenuProps) {
  const { t } = useT();
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];

  // The first item takes the focus when the menu opens, and again when the suggestions arrive.
  useEffect(() => {
    items()[0]?.focus();
  }, [suggestions]);

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  function onKeyDown(event: KeyboardEvent) {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      all[(move + all.length) % all.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  }

  const item = (label: string, action: () => void, key: string) => (
    <div
      key={key}
      role="menuitem"
      tabIndex={-1}
      onClick={action}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        // The key is the menu's: the editor, focused again by the action, must not get it too.
        event.preventDefault();
        action();
      }}
    >
      {label}
    </div>
  );

  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('proofing.menu', { word })}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {suggestions === null ? (
        <div role="menuitem" aria-disabled="true">
          {t('proofing.searching')}
        </div>
      ) : suggestions.length === 0 ? (
        <div role="menuitem" aria-disabled="true">
          {t('proofing.noSuggestions')}
        </div>
      ) : (
        suggestions.map((suggestion) => item(suggestion, () => onPick(suggestion), `s-${suggestion}`))
      )}
      <div role="separator" />
      {item(t('proofing.addWord'), onAdd, 'add')}
      {item(t('proofing.ignore'), onIgnore, 'ignore')}
    </div>
  );
}
