import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

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
 * The frame every block shares: a small caption naming the block above its UI. It takes focus
 * (not by Tab) when the checklist jumps to the block.
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

/** The element Lexical puts a block decorator in. */
export function blockContainer(tag: 'div' | 'figure' | 'aside' = 'div'): HTMLElement {
  const element = document.createElement(tag);
  element.className = 'spalt-block-host';
  return element;
}
