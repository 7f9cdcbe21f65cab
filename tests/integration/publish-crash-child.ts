/**
 * A Spalt core in a process of its own, for publish-crash.test.ts: it opens the profile in
 * SPALT_DATA_DIR, lets the outbox's worker carry out what is queued, and exits 0 once no job
 * is active. With SPALT_TEST_CRASH_AT="post.create:1" (a fault point and which occurrence),
 * it kills itself with SIGKILL right after that request has been answered by the site and
 * before the answer is recorded: a crash at the worst moment, through the core's test hook.
 */
import { createCore } from '../../main/core';
import type { FaultPoint } from '../../main/publish/outbox';

const dataDir = process.env.SPALT_DATA_DIR ?? '';
const [point, nth] = (process.env.SPALT_TEST_CRASH_AT ?? '').split(':') as [FaultPoint | '', string | undefined];
const counts = new Map<string, number>();

const core = createCore({
  dataDir,
  version: 'test',
  outbox: {
    timing: { baseMs: 100, maxMs: 500 },
    fault: (reached) => {
      const count = (counts.get(reached) ?? 0) + 1;
      counts.set(reached, count);
      if (reached === point && count === Number(nth ?? '1')) process.kill(process.pid, 'SIGKILL');
    },
  },
});

const active = new Set(['queued', 'running', 'waiting']);
const timer = setInterval(() => {
  void core.handlers['publish.jobs']({ limit: 500 }).then((jobs) => {
    if (jobs.some((job) => active.has(job.state))) return;
    clearInterval(timer);
    console.log(JSON.stringify(jobs.map((job) => ({ id: job.id, state: job.state, step: job.step, error: job.error?.code ?? null }))));
    core.close();
    process.exit(0);
  });
}, 50);
