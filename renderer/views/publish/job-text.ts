/** How jobs read in the dialog, the queue and the article's site status. */
import { formatDateTime, formatTime, newsroomDate } from '../../../shared/format/date';
import { SpaltError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n';
import type { PublishJob } from '../../../shared/publish/publish';

/** A job's error, as errorText() reads it. */
export function jobError(job: Pick<PublishJob, 'error'>): SpaltError | null {
  return job.error ? SpaltError.fromValue(job.error) : null;
}

/** "13:05" today (Stockholm), else the date and the time. */
export function shortWhen(instant: string, language: Language, now = Date.now()): string {
  return newsroomDate(instant) === newsroomDate(now) ? formatTime(instant) : formatDateTime(instant, language);
}

/** The headline to show for a job, or the untitled placeholder. */
export function jobTitle(job: Pick<PublishJob, 'title'>, untitled: string): string {
  return job.title.trim() === '' ? untitled : job.title;
}
