import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConnectionWatch, whenReconnected, type Answer } from '../../../renderer/platform/connection';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A core that gives the probe the answers the test lines up, and "answered" after them. */
function probedCore(...answers: Answer[]) {
  const probe = { count: 0 };
  const watch = createConnectionWatch(async () => {
    probe.count += 1;
    return answers.shift() ?? 'answered';
  });
  const states: string[] = [];
  watch.subscribe(() => states.push(watch.get()));
  return { watch, probe, states };
}

describe('the connection watch', () => {
  it('says the core is lost when a call gets no answer, probes every second, and says when it is back', async () => {
    const { watch, probe, states } = probedCore('no_answer', 'no_answer');
    watch.report('answered');
    expect(states).toEqual([]);
    watch.report('no_answer');
    expect(watch.get()).toBe('lost');
    await vi.advanceTimersByTimeAsync(999);
    expect(probe.count).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(probe.count).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe.count).toBe(3);
    expect(states).toEqual(['lost', 'connected']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe.count).toBe(3);
  });

  it('says the core was started again when it refuses this page’s token, until it lets the page in', async () => {
    const { watch, states } = probedCore('stale_token', 'stale_token');
    watch.report('stale_token');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(states).toEqual(['replaced', 'connected']);
  });

  it('probes once at once on a suspicion, and stays connected when the core answers', async () => {
    const answered = probedCore();
    answered.watch.suspect();
    await vi.advanceTimersByTimeAsync(0);
    expect(answered.probe.count).toBe(1);
    expect(answered.states).toEqual([]);

    const gone = probedCore('no_answer');
    gone.watch.suspect();
    await vi.advanceTimersByTimeAsync(0);
    expect(gone.states).toEqual(['lost']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(gone.states).toEqual(['lost', 'connected']);
  });

  it('tells a reconnection listener each time the core answers again, and at no other change', async () => {
    const { watch } = probedCore('no_answer', 'stale_token');
    let reconnected = 0;
    const stop = whenReconnected(watch, () => (reconnected += 1));
    watch.report('no_answer');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.get()).toBe('lost');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.get()).toBe('replaced');
    expect(reconnected).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.get()).toBe('connected');
    expect(reconnected).toBe(1);
    stop();
    watch.report('no_answer');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reconnected).toBe(1);
  });
});
