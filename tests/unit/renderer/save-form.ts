/**
 * A form on the save engine, and a core whose every answer the test gives by hand: what each
 * save carried is recorded, and the status line's words are read as the person would see them.
 */
import { expect, vi } from 'vitest';
import { SpaltError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { createSaveEngine, type Saved } from '../../../renderer/saving/save-engine';
import { statusWords } from '../../../renderer/saving/save-status';

export interface Draft {
  headline: string;
}

/** A version of the article as the core keeps it. */
export interface Version {
  revision: number;
  updatedAt: string;
  headline: string;
}

export interface SentSave extends Draft {
  baseRevision: number;
}

/** 13:00 in Stockholm. */
export const opened: Version = { revision: 3, updatedAt: '2025-03-04T12:00:00.000Z', headline: 'Brand i Hovsjö' };

export function savedAt(minute: number): string {
  return `2025-03-04T12:${String(minute).padStart(2, '0')}:00.000Z`;
}

export type Form = ReturnType<typeof createForm>;

/** Lets every answer already given run through the engine's promise chain. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

export const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Nothing is sent until `ms` have passed, then exactly `save`. */
export async function sentAfter(form: Form, ms: number, save: SentSave): Promise<void> {
  const before = form.sent.length;
  await wait(ms - 1);
  expect(form.sent).toHaveLength(before);
  await wait(1);
  expect(form.sent.slice(before)).toEqual([save]);
}

export function createForm({ checksRevision = true }: { checksRevision?: boolean } = {}) {
  let typed = opened.headline;
  /** What the core holds; another window may change it. */
  let stored: Version = { ...opened };
  const sent: SentSave[] = [];
  const sentOnExit: SentSave[] = [];
  const shown: string[] = [];
  const drafts = { read: 0 };
  const waiting: { save: SentSave; resolve: (saved: Saved) => void; reject: (error: unknown) => void }[] = [];

  const engine = createSaveEngine<Draft, Version>({
    opened: { revision: opened.revision, at: opened.updatedAt },
    checksRevision,
    readDraft: () => {
      drafts.read += 1;
      return { headline: typed };
    },
    send: (draft, baseRevision) => {
      const save = { ...draft, baseRevision };
      sent.push(save);
      return new Promise((resolve, reject) => waiting.push({ save, resolve, reject }));
    },
    sendOnExit: (draft, baseRevision) => void sentOnExit.push({ ...draft, baseRevision }),
    fetchLatest: () => Promise.resolve(stored),
    savedOf: (version) => ({ revision: version.revision, at: version.updatedAt }),
    show: (version) => {
      typed = version.headline;
      shown.push(version.headline);
    },
  });

  /** Every status the status line was told of, in words. */
  const statusLine: string[] = [];
  const words = () => {
    const { key, params } = statusWords(engine.status.get());
    return translate('sv', key, params);
  };
  engine.status.subscribe(() => statusLine.push(words()));

  function nextWaiting() {
    const next = waiting.shift();
    if (!next) throw new Error('no save is waiting for an answer');
    return next;
  }

  return {
    engine,
    sent,
    sentOnExit,
    shown,
    drafts,
    statusLine,
    /** What the status line says now. */
    says: words,
    get typed() {
      return typed;
    },
    /** A keystroke: the form holds the new text and tells the engine. */
    type(text: string) {
      typed = text;
      engine.changed();
    },
    /** The core saves the oldest save still waiting, at the given minute past 12:00 UTC. */
    answer(minute: number) {
      const { save, resolve } = nextWaiting();
      stored = { revision: stored.revision + 1, updatedAt: savedAt(minute), headline: save.headline };
      resolve({ revision: stored.revision, at: stored.updatedAt });
    },
    /** The core cannot be reached for the oldest save still waiting. */
    fail() {
      nextWaiting().reject(new SpaltError('unreachable'));
    },
    /** The core refuses the oldest save still waiting: it started from a stale revision. */
    refuseAsConflict() {
      const { save, reject } = nextWaiting();
      reject(new SpaltError('conflict', { id: 'a', base: save.baseRevision, current: stored.revision }));
    },
    /** Another window saves a version of its own. */
    savedElsewhere(headline: string, minute: number): Version {
      stored = { revision: stored.revision + 1, updatedAt: savedAt(minute), headline };
      return stored;
    },
    get stored() {
      return stored;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
