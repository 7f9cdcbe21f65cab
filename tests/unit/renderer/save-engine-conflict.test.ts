import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveDelayMs } from '../../../renderer/saving/save-engine';
import { createForm, savedAt, settle, wait } from './save-form';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
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
