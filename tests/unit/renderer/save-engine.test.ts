import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpaltError } from '../../../shared/errors';
import { retryDelayMs, saveDelayMs } from '../../../renderer/saving/save-engine';
import { createForm, savedAt, type SentSave } from './save-form';

/** Lets every answer already given run through the engine's promise chain. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Nothing is sent until `ms` have passed, then exactly `save`. */
async function sentAfter(form: ReturnType<typeof createForm>, ms: number, save: SentSave): Promise<void> {
  const before = form.sent.length;
  await wait(ms - 1);
  expect(form.sent).toHaveLength(before);
  await wait(1);
  expect(form.sent.slice(before)).toEqual([save]);
}

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

describe('a conflict', () => {
  async function conflicted() {
    const form = createForm();
    form.type('Min rubrik');
    await wait(saveDelayMs);
    form.savedElsewhere('Deras rubrik', 2);
    form.refuseAsConflict();
    await settle();
    return form;
  }

  it('stops saving until the person chooses, whatever is typed, left or reconnected', async () => {
    const form = await conflicted();
    expect(form.says()).toBe('Artikeln har ändrats i ett annat fönster');
    form.type('Min rubrik, längre');
    await form.engine.flush();
    form.engine.reconnected();
    form.engine.flushOnExit();
    await wait(60_000);
    expect(form.sent).toHaveLength(1);
    expect(form.sentOnExit).toEqual([]);
    expect(form.says()).toBe('Artikeln har ändrats i ett annat fönster');
  });

  it('"Behåll min version" saves this text over the other version, from its revision', async () => {
    const form = await conflicted();
    form.type('Min rubrik, längre');
    const choice = form.engine.keepMine();
    await settle();
    expect(form.sent[1]).toEqual({ headline: 'Min rubrik, längre', baseRevision: 4 });
    form.answer(3);
    await choice;
    expect(form.says()).toBe('Sparat 13:03');
    expect(form.stored).toMatchObject({ revision: 5, headline: 'Min rubrik, längre' });
    expect(form.shown).toEqual([]);
  });

  it('"Läs in den andra versionen" shows it, saves nothing, and the next change starts from it', async () => {
    const form = await conflicted();
    await form.engine.loadTheirs();
    expect(form.shown).toEqual(['Deras rubrik']);
    expect(form.typed).toBe('Deras rubrik');
    expect(form.says()).toBe('Sparat 13:02');
    await wait(60_000);
    expect(form.sent).toHaveLength(1);

    form.type('Deras rubrik, ändrad här');
    await wait(saveDelayMs);
    expect(form.sent[1]).toEqual({ headline: 'Deras rubrik, ändrad här', baseRevision: 4 });
  });
});

describe('another window saving the same article', () => {
  it('is followed when nothing here is unsaved; an earlier revision, or this window’s own, is not', async () => {
    const form = createForm();
    form.engine.savedElsewhere({ revision: 3 });
    await settle();
    expect(form.shown).toEqual([]);

    form.savedElsewhere('Deras rubrik', 2);
    form.engine.savedElsewhere({ revision: 4 });
    await settle();
    expect(form.shown).toEqual(['Deras rubrik']);
    expect(form.says()).toBe('Sparat 13:02');
    expect(form.sent).toEqual([]);
  });

  it('stops saving for the person to choose when this window holds unsaved text', async () => {
    const form = createForm();
    form.type('Min rubrik');
    form.savedElsewhere('Deras rubrik', 2);
    form.engine.savedElsewhere({ revision: 4 });
    expect(form.says()).toBe('Artikeln har ändrats i ett annat fönster');
    await wait(10_000);
    expect(form.sent).toEqual([]);
    expect(form.shown).toEqual([]);
  });

  it('asks rather than replaces when the person types while the other version is on its way', async () => {
    const form = createForm();
    form.savedElsewhere('Deras rubrik', 2);
    form.engine.savedElsewhere({ revision: 4 });
    form.type('Min rubrik');
    await settle();
    expect(form.shown).toEqual([]);
    expect(form.typed).toBe('Min rubrik');
    expect(form.says()).toBe('Artikeln har ändrats i ett annat fönster');
  });

  it('while a save is out, leaves it to the core to answer that save with a conflict', async () => {
    const form = createForm();
    form.type('Min rubrik');
    await wait(saveDelayMs);
    form.savedElsewhere('Deras rubrik', 2);
    form.engine.savedElsewhere({ revision: 4 });
    await settle();
    expect(form.says()).toBe('Sparar…');
    form.refuseAsConflict();
    await settle();
    expect(form.says()).toBe('Artikeln har ändrats i ett annat fönster');
    expect(form.shown).toEqual([]);
  });
});

describe('where the core keeps the last save (a photo)', () => {
  it('follows a change made elsewhere while nothing is unsaved, and never stops saving for one', async () => {
    const form = createForm({ checksRevision: false });
    const theirs = form.savedElsewhere('Bildtext från ett annat fönster', 5);
    form.engine.savedElsewhere({ revision: 3, at: savedAt(5) }, { ...theirs, revision: 3 });
    expect(form.shown).toEqual(['Bildtext från ett annat fönster']);
    expect(form.says()).toBe('Sparat 13:05');
    // The same version again (this form's own save coming back) changes nothing.
    form.engine.savedElsewhere({ revision: 3, at: savedAt(5) }, { ...theirs, revision: 3 });
    expect(form.shown).toHaveLength(1);

    form.type('Min bildtext');
    form.engine.savedElsewhere({ revision: 3, at: savedAt(6) }, { ...theirs, revision: 3, updatedAt: savedAt(6) });
    expect(form.says()).toBe('Osparade ändringar');
    await wait(saveDelayMs);
    expect(form.sent).toEqual([{ headline: 'Min bildtext', baseRevision: 3 }]);
    expect(form.shown).toHaveLength(1);
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
