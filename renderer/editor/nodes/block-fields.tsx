import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import {
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { arrowAcross, goOn } from './block-caret';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  className?: string;
  /** The id of a message about the field's value. */
  describedBy?: string;
}

/** A labelled field of a block; it keeps its own draft so typing never waits for the editor. */
export function TextField({ label, value, onChange, multiline = false, className, describedBy }: TextFieldProps) {
  const editable = useLexicalEditable();
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    // A value arriving while the journalist types in this field is their own, one update behind.
    if (document.activeElement !== ref.current) setDraft(value);
  }, [value]);
  const change = (next: string) => {
    setDraft(next);
    onChange(next);
  };
  const control = multiline ? (
    <textarea
      ref={ref}
      value={draft}
      rows={3}
      readOnly={!editable}
      aria-describedby={describedBy}
      onChange={(event) => change(event.target.value)}
    />
  ) : (
    <input
      ref={ref}
      type="text"
      value={draft}
      readOnly={!editable}
      aria-describedby={describedBy}
      onChange={(event) => change(event.target.value)}
    />
  );
  return (
    <label className={`block-field ${className ?? ''}`}>
      <span className="block-field-label">{label}</span>
      {control}
    </label>
  );
}

/** The caret's place in an in-place field when a key came: the text before it and after it. */
export interface Caret {
  field: HTMLTextAreaElement;
  before: string;
  after: string;
}

interface InPlaceTextProps {
  /** The field's accessible name; the page shows no label, only the text. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  /** Enter in the field; without it Enter goes on to the block's next field, or out of the block after its last. */
  onEnter?: (caret: Caret) => void;
  /** Backspace with the caret at the very start and nothing selected. */
  onBackspaceAtStart?: (caret: Caret) => void;
  /**
   * Lines pasted at once: the field keeps the first and the block is given them all (a fact box
   * makes them facts). Without it they join with spaces, as one line of text.
   */
  onLines?: (lines: string[]) => void;
  ref?: Ref<HTMLTextAreaElement | null>;
}

/**
 * A block's text typed where the page shows it: a textarea that grows with its text, styled
 * as that text. It is not controlled by React, so the caret stays put; a value from elsewhere
 * (undo, a fact split in two, the library) replaces what it shows, its own echo does not.
 */
export function InPlaceText({ label, value, onChange, className, onEnter, onBackspaceAtStart, onLines, ref }: InPlaceTextProps) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const field = useRef<HTMLTextAreaElement>(null);
  // What this field sent that the block has not yet given back.
  const sent = useRef<string[]>([]);
  useImperativeHandle<HTMLTextAreaElement | null, HTMLTextAreaElement | null>(ref, () => field.current, []);
  useLayoutEffect(() => {
    const echo = sent.current.indexOf(value);
    if (echo >= 0) {
      sent.current = sent.current.slice(echo + 1);
      return;
    }
    sent.current = [];
    if (field.current && field.current.value !== value) field.current.value = value;
  }, [value]);
  // In the capture phase, so the body's editor never sees the keys the field answers itself.
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const target = event.currentTarget;
    if (!editable || event.nativeEvent.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const caret = () => ({
      field: target,
      before: target.value.slice(0, target.selectionStart),
      after: target.value.slice(target.selectionEnd),
    });
    if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      if (onEnter) onEnter(caret());
      else goOn(editor, target);
    } else if (event.key === 'Backspace' && onBackspaceAtStart && target.selectionStart === 0 && target.selectionEnd === 0) {
      event.preventDefault();
      event.stopPropagation();
      onBackspaceAtStart(caret());
    } else if (
      (event.key === 'ArrowDown' || event.key === 'ArrowUp') &&
      !event.shiftKey &&
      arrowAcross(editor, target, event.key === 'ArrowDown')
    ) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  return (
    <textarea
      ref={field}
      className={`in-place ${className ?? ''}`}
      aria-label={label}
      placeholder={label}
      defaultValue={value}
      rows={1}
      readOnly={!editable}
      onKeyDownCapture={keyDown}
      spellCheck={false}
      onChange={(event) => {
        const lines = event.target.value.split(/\r?\n/);
        const text = onLines ? (lines[0] ?? '') : lines.join(' ');
        // What the field shows is always what it sent, so the block's answer is told by its value.
        if (text !== event.target.value) event.target.value = text;
        sent.current.push(text);
        if (onLines && lines.length > 1) onLines(lines);
        else onChange(text);
      }}
    />
  );
}

interface AddressFieldProps {
  label: string;
  value: string;
  onChange: (address: string) => void;
  /** The address to store for what was typed, or null when the URL policy refuses it. */
  accept: (typed: string) => string | null;
  refusedMessage: string;
}

/**
 * A block's address field: it stores only what the URL policy allows (the core would refuse
 * the whole article otherwise). Anything else stays in the field, says why, and is stored as
 * no address.
 */
export function AddressField({ label, value, onChange, accept, refusedMessage }: AddressFieldProps) {
  const messageId = useId();
  const [refused, setRefused] = useState(false);
  const change = (typed: string) => {
    const address = typed.trim() === '' ? '' : accept(typed);
    setRefused(address === null);
    onChange(address ?? '');
  };
  return (
    <>
      <TextField label={label} value={value} onChange={change} describedBy={refused ? messageId : undefined} />
      {refused ? (
        <p id={messageId} className="block-field-error" role="alert">
          {refusedMessage}
        </p>
      ) : null}
    </>
  );
}

/**
 * The frame every block shares: the block as the page shows it, its name shown only while it
 * is pointed at or worked in. It takes focus (not by Tab) when the checklist jumps to the block.
 */
export function BlockFrame({ name, className, children }: { name: string; className: string; children: ReactNode }) {
  return (
    <div className={`spalt-block ${className}`} role="group" aria-label={name} tabIndex={-1}>
      <div className="spalt-block-name" aria-hidden="true">
        {name}
      </div>
      {children}
    </div>
  );
}

/** The fields of a block that have no text on the page (an address, alt text, a picker), in small type below it. */
export function BlockSettings({ children }: { children: ReactNode }) {
  return <div className="spalt-block-settings">{children}</div>;
}

/** The element Lexical puts a block decorator in. */
export function blockContainer(tag: 'div' | 'figure' | 'aside' = 'div'): HTMLElement {
  const element = document.createElement(tag);
  element.className = 'spalt-block-host';
  return element;
}
