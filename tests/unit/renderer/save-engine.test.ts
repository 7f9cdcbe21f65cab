import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpaltError } from '../../../shared/errors';
import { retryDelayMs, saveDelayMs } from '../../../renderer/saving/save-engine';
import { createForm, sentAfter, settle, wait } from './save-form';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saving a change', () => {
  it('goes out 0.4 s after the first change, reading the draft only then', async () => {
    const form = createForm();
    expect(form.says()).toBe('Sparat 13:00');
    form.type('Brand i Hovsjö – två skadade');
    expect(form.says()).toBe('Osparade ändringar');
    await wait(200);
    form.type('Brand i Hovsjö – tre skadade');
    await wait(saveDelayMs - 201);
    expect(form.sent).toEqual([]);
    expect(form.drafts.read).toBe(0);

    await wait(1);
    expect(form.sent).toEqual([{ headline: 'Brand i Hovsjö – tre skadade', baseRevision: 3 }]);
    expect(form.drafts.read).toBe(1);
    expect(form.says()).toBe('Sparar…');

    form.answer(1);
    await settle();
    expect(form.says()).toBe('Sparat 13:01');
    // Two keystrokes, one "Osparade ändringar": the status line hears of a change of words only.
    expect(form.statusLine).toEqual(['Osparade ändringar', 'Sparar…', 'Sparat 13:01']);
  });

  it('is coalesced while typing goes on: a save every 0.4 s after the last answer, each from the revision before', async () => {
    const form = createForm();
    const sentAt: number[] = [];
    const answerAt: number[] = [];
    let text = '';
    // A keystroke every 50 ms for 2 s; the core answers each save 100 ms after it arrives.
    for (let t = 0; t <= 2_500; t += 50) {
      if (t < 2_000) {
        text += 'x';
        form.type(text);
      }
      if (answerAt[0] === t) {
        answerAt.shift();
        form.answer(1);
        await settle();
      }
      const before = form.sent.length;
      await wait(50);
      if (form.sent.length > before) {
        sentAt.push(t + 50);
        answerAt.push(t + 150);
      }
    }
    expect(sentAt).toEqual([400, 900, 1_400, 1_900, 2_400]);
    expect(form.sent.map((save) => save.baseRevision)).toEqual([3, 4, 5, 6, 7]);
    expect(form.sent.at(-1)?.headline).toBe('x'.repeat(40));
    expect(form.stored.headline).toBe('x'.repeat(40));
    expect(form.says()).toBe('Sparat 13:01');
  });

  it('waits for the save in flight; a change made meanwhile goes next, from the revision the first made', async () => {
    const form = createForm();
    form.type('Första versionen');
    await wait(saveDelayMs);
    form.type('Andra versionen');
    await wait(2_000);
    expect(form.sent).toHaveLength(1);
    expect(form.says()).toBe('Sparar…');

    form.answer(1);
    await settle();
    expect(form.says()).toBe('Osparade ändringar');
    await sentAfter(form, saveDelayMs, { headline: 'Andra versionen', baseRevision: 4 });
    form.answer(2);
    await settle();
    expect(form.says()).toBe('Sparat 13:02');
    expect(form.stored).toMatchObject({ revision: 5, headline: 'Andra versionen' });
  });
});

describe('a failed save', () => {
  async function failed(headline: string) {
    const form = createForm();
    form.type(headline);
    await wait(saveDelayMs);
    form.fail();
    await settle();
    return form;
  }

  it('keeps the text unsaved, says so, and is tried again after 5 s with what was typed since', async () => {
    const form = await failed('Texten får inte försvinna');
    expect(form.says()).toBe('Kunde inte spara');
    const state = form.engine.status.get();
    expect(state.kind === 'failed' && state.error instanceof SpaltError && state.error.code).toBe('unreachable');

    // Typing on does not hide the failure, nor send before the retry.
    form.type('Texten får inte försvinna, aldrig');
    expect(form.says()).toBe('Kunde inte spara');
    await sentAfter(form, retryDelayMs, { headline: 'Texten får inte försvinna, aldrig', baseRevision: 3 });
    form.answer(3);
    await settle();
    expect(form.says()).toBe('Sparat 13:03');
    await wait(60_000);
    expect(form.sent).toHaveLength(2);
  });

  it('"Försök igen" sends at once', async () => {
    const form = await failed('Rubrik');
    const retry = form.engine.flush();
    await settle();
    expect(form.sent).toEqual([
      { headline: 'Rubrik', baseRevision: 3 },
      { headline: 'Rubrik', baseRevision: 3 },
    ]);
    form.answer(4);
    await retry;
    expect(form.says()).toBe('Sparat 13:04');
  });

  it('goes out as soon as the core answers again, not at the next retry', async () => {
    const form = await failed('Skrivet medan Spalt var borta');
    form.engine.reconnected();
    await settle();
    expect(form.sent).toHaveLength(2);
    expect(form.sent[1]).toEqual({ headline: 'Skrivet medan Spalt var borta', baseRevision: 3 });
    form.answer(2);
    await settle();
    expect(form.says()).toBe('Sparat 13:02');
    // The retry that was waiting is gone, and a reconnection with nothing failed sends nothing.
    form.engine.reconnected();
    await wait(retryDelayMs * 2);
    expect(form.sent).toHaveLength(2);
  });
});

describe('leaving', () => {
  it('a field or the view (flush) saves at once, after any save in flight; with nothing unsaved it sends nothing', async () => {
    const form = createForm();
    await form.engine.flush();
    expect(form.sent).toEqual([]);
    expect(form.drafts.read).toBe(0);

    form.type('Ett');
    const first = form.engine.flush();
    await settle();
    expect(form.sent).toEqual([{ headline: 'Ett', baseRevision: 3 }]);
    form.answer(1);
    await first;

    form.type('Två');
    await wait(saveDelayMs);
    form.type('Tre');
    const second = form.engine.flush();
    await settle();
    expect(form.sent).toHaveLength(2);
    form.answer(2);
    await settle();
    expect(form.sent[2]).toEqual({ headline: 'Tre', baseRevision: 5 });
    form.answer(3);
    await second;
    expect(form.says()).toBe('Sparat 13:03');
    await wait(60_000);
    expect(form.sent).toHaveLength(3);
  });

  it('the window (closing) sends what is unsaved without waiting for an answer, once', async () => {
    const form = createForm();
    form.engine.flushOnExit();
    expect(form.sentOnExit).toEqual([]);

    form.type('Sista meningen innan locket stängs');
    form.engine.flushOnExit();
    expect(form.sentOnExit).toEqual([{ headline: 'Sista meningen innan locket stängs', baseRevision: 3 }]);
    await wait(10_000);
    expect(form.sent).toEqual([]);
  });

  it('the window while a save is out: the last text follows that save, from the revision it will make', async () => {
    const form = createForm();
    form.type('Första');
    await wait(saveDelayMs);
    form.type('Sista');
    form.engine.flushOnExit();
    expect(form.sentOnExit).toEqual([{ headline: 'Sista', baseRevision: 4 }]);
  });
});

describe('the status store', () => {
  it('tells each subscriber until it unsubscribes', async () => {
    const form = createForm();
    const heard: string[] = [];
    const stop = form.engine.status.subscribe(() => heard.push(form.says()));
    form.type('Ett');
    await wait(saveDelayMs);
    stop();
    form.answer(1);
    await settle();
    expect(heard).toEqual(['Osparade ändringar', 'Sparar…']);
    expect(form.statusLine).toEqual(['Osparade ändringar', 'Sparar…', 'Sparat 13:01']);
  });
});
