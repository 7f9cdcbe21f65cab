import type { Page } from '@playwright/test';
import { liveInPage } from './browser';

/** What the proof has done and found: the figures of its result line. */
export class Findings {
  readonly fields = new Set<string>();
  places = 0;
  pastes = 0;
  refusals = 0;
  readonly survivors: string[] = [];

  /** One place checked, with whatever was found live in it. */
  record(place: string, problems: readonly string[]): void {
    this.places += 1;
    for (const problem of problems) this.survivors.push(`${place}: ${problem}`);
    if (problems.length > 0) console.log(`  LIVE in ${place}:\n    ${problems.slice(0, 5).join('\n    ')}`);
  }

  /** Everything live the page showed since the last check (the judge watches every change). */
  async checkPage(page: Page, place: string): Promise<void> {
    this.record(`${place} (editor DOM)`, await liveInPage(page));
  }

  /** A field the payloads were typed into. */
  typed(field: string): void {
    this.fields.add(field);
  }
}
