/** How jobs read in the dialog, the queue and the article's site status. */
import { formatDateTime, formatTime, newsroomDate } from '../../../shared/format/date';
import { SpaltError } from '../../../shared/errors';
import type { Language, MessageKey } from '../../../shared/i18n';
import type { PublishJob, PublishResult } from '../../../shared/publish/publish';

/** A job's error, as errorText() reads it. */
export function jobError(job: Pick<PublishJob, 'error'>): SpaltError | null {
  return job.error ? SpaltError.fromValue(job.error) : null;
}

/** "13:05" today (Stockholm), else the date and the time. */
export function shortWhen(instant: string, language: Language, now = Date.now()): string {
  return newsroomDate(instant) === newsroomDate(now) ? formatTime(instant) : formatDateTime(instant, language);
}

const doneStatuses = ['publish', 'future', 'draft', 'pending'] as const;

/** The message key for where a finished job left the post, under `prefix` ("publishProgress.done"). */
export function doneKey(prefix: 'publishProgress.done' | 'articlePublish.done', result: PublishResult): MessageKey {
  const status = (doneStatuses as readonly string[]).includes(result.status) ? result.status : 'other';
  return `${prefix}.${status}` as MessageKey;
}

/** The headline to show for a job, or the untitled placeholder. */
export function jobTitle(job: Pick<PublishJob, 'title'>, untitled: string): string {
  return job.title.trim() === '' ? untitled : job.title;
}
