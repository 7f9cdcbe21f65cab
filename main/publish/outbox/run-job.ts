/**
 * Carries one job from the step it reached to the end, or to where it must wait: a retryable
 * failure (the site unreachable, busy, rate limiting, or an outcome not learned) makes it wait
 * with backoff or the site's Retry-After; a final one fails it with the message; a conflict
 * waits for the user.
 */
import { toErrorValue } from '../../../shared/errors';
import type { JobStep } from '../../../shared/publish/publish';
import type { JobRecord } from '../../db/outbox';
import { clientForSite } from '../sites';
import { WordPressError } from '../wordpress/errors';
import { checkStep } from './check';
import {
  Cancelled,
  JobGone,
  jobContext,
  jobWriter,
  Stopped,
  type JobContext,
  type JobWriter,
  type OutboxDeps,
  type OutboxTiming,
} from './context';
import { finishStep } from './finish';
import { photosStep } from './photos';
import { postStep, type StepOutcome } from './post';
import { termsStep } from './terms';

const steps: Record<Exclude<JobStep, 'done'>, (ctx: JobContext) => Promise<StepOutcome | void>> = {
  check: checkStep,
  photos: photosStep,
  terms: termsStep,
  post: postStep,
};

const nextStep: Record<Exclude<JobStep, 'done' | 'post'>, JobStep> = { check: 'photos', photos: 'terms', terms: 'post' };

/** Exponential backoff with ±20 % jitter, so many clients coming back online do not knock at once. */
export function retryDelay(attempts: number, timing: OutboxTiming, random: () => number = Math.random): number {
  const exponential = Math.min(timing.maxMs, timing.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** Runs a job that the worker has claimed (state 'running'). Never throws. */
export async function runJob(deps: OutboxDeps, claimed: JobRecord, isStopped: () => boolean): Promise<void> {
  const writer = jobWriter(deps, claimed, isStopped);
  try {
    const ctx = jobContext(writer, await clientForSite(deps.sites, claimed.siteId), isStopped);
    ctx.alive();
    for (;;) {
      const step = ctx.job.step;
      if (step === 'done') {
        finishStep(ctx);
        return;
      }
      const outcome = await steps[step](ctx);
      ctx.alive();
      if (outcome === 'stop') return;
      if (step !== 'post') ctx.save({ step: nextStep[step], attempts: 0, error: null });
    }
  } catch (error) {
    if (error instanceof Stopped || error instanceof JobGone || isStopped()) return;
    try {
      settle(writer, error);
    } catch (inner) {
      if (!(inner instanceof Stopped || inner instanceof JobGone)) console.error('[spalt] outbox could not record a job’s failure:', inner);
    }
  }
}

function settle(ctx: JobWriter, error: unknown): void {
  if (error instanceof Cancelled) {
    ctx.save({ state: 'cancelled', inFlight: false, cancelRequested: false });
    return;
  }
  const value = toErrorValue(error);
  if (error instanceof WordPressError && error.disposition !== 'final') {
    const { timing, now } = ctx.deps;
    const attempts = ctx.job.attempts + 1;
    const delay = error.retryAfterMs !== null ? Math.min(error.retryAfterMs, timing.retryAfterMaxMs) : retryDelay(attempts, timing);
    // The wait is counted from the moment the job is recorded as waiting, to the millisecond.
    const at = now();
    const nextAttemptAt = new Date(Date.parse(at) + delay).toISOString();
    ctx.save({ state: 'waiting', attempts, nextAttemptAt, error: value, inFlight: false }, { at });
    return;
  }
  if (!(error instanceof WordPressError) && value.code === 'internal') console.error('[spalt] publish job failed:', error);
  ctx.save({ state: 'failed', error: value, inFlight: false });
}
