/**
 * The proof's own checks, shown to fail where they must: the judge sees the payloads as live
 * when they are put into a page unescaped, the watcher sees a live element the page adds, and
 * the sentinel hears a payload that runs. A proof whose checks could not fail proves nothing.
 */
import type { Page } from '@playwright/test';
import { liveInHtml, liveInPage, openAsPage, type HostileBrowser } from './browser';
import type { Payload } from './payloads';

export interface Calibration {
  /** Payloads with markup, and how many of them the judge finds live when left unescaped. */
  withMarkup: number;
  liveUnescaped: number;
  problems: string[];
}

export async function calibrate(hostile: HostileBrowser, app: Page, payloads: readonly Payload[]): Promise<Calibration> {
  const problems: string[] = [];
  const viewer = await hostile.newPage();
  await viewer.route('**/*', (route) => route.abort());
  const withMarkup = payloads.filter((p) => p.text.includes('<'));
  let liveUnescaped = 0;
  for (const payload of withMarkup) if ((await liveInHtml(viewer, payload.text)).length > 0) liveUnescaped += 1;

  const heard = hostile.alarms.sentinel.length;
  await openAsPage(viewer, '<img src="x" onerror="__pwn(-1)">');
  if (hostile.alarms.sentinel.length !== heard + 1) problems.push('the sentinel did not hear a payload that ran');
  else hostile.alarms.sentinel.pop();
  await viewer.close();

  await app.evaluate(
    `document.body.insertAdjacentHTML('beforeend', '<div hidden><a href="javascript:void 0">x</a></div>'); document.body.lastElementChild.remove()`,
  );
  if ((await liveInPage(app)).length === 0) problems.push('the watcher did not see a live element the page added and removed');
  return { withMarkup: withMarkup.length, liveUnescaped, problems };
}
