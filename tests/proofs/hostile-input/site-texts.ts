/**
 * Texts that reach the site only, which the proof cannot type without a WordPress: what a
 * correction says ("Vad rättades?") and an editor's note or its answer ("Granskning"). Every
 * payload goes through the functions that store and write them for the site (the correction
 * kept in SQLite and its paragraph at the end of the post, a note's HTML for a WordPress comment),
 * as many at a time as the field holds; Chromium judges the result, opens it as a page, and the
 * text must read back whole.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDraft } from '../../../shared/article/article';
import { newDraft } from '../../../shared/article/kind-defaults';
import { defaultNewsroom } from '../../../shared/article/newsroom';
import { correctionLimits } from '../../../shared/publish/correction';
import { defaultSitePage } from '../../../shared/publish/site';
import { correctionsOnPage, insertCorrection } from '../../../main/db/corrections';
import { openDatabase } from '../../../main/db/open';
import { postContentParts } from '../../../main/publish/outbox/content';
import { noteHtml } from '../../../main/publish/wordpress/editorial-notes';
import { liveInHtml, openAsPage, type HostileBrowser } from './browser';
import type { Findings } from './findings';
import { chunks, type Payload } from './payloads';

const madeAt = '2026-12-06T12:00:00.000Z';

/** The text as a reader can get it back: HTML has no way to carry a NUL, which Chromium's parser drops. */
const readable = (text: string) => text.replaceAll('\u0000', '');

/** The text a reader sees in the element the selector picks, once Chromium has parsed the HTML. */
const readBack = (html: string, selector: string) =>
  `(() => { const found = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').querySelector(${JSON.stringify(selector)}); return found ? found.textContent : null; })()`;

export async function checkSiteTexts(hostile: HostileBrowser, findings: Findings, payloads: readonly Payload[]): Promise<void> {
  const viewer = await hostile.newPage();
  await viewer.route('**/*', (route) => route.abort());
  const draft: ArticleDraft = newDraft('news', defaultNewsroom);

  // Each correction stored in a real SQLite file and read back as the worker reads it at a send.
  const folder = mkdtempSync(join(tmpdir(), 'spalt-proof-corrections-'));
  const db = openDatabase(join(folder, 'spalt.sqlite'));
  const notes = chunks(payloads, correctionLimits.note, '\n');
  const stored = notes.map((note, n) => {
    const job = { articleId: `artikel-${n}`, siteId: 'lokaltidning', jobId: `jobb-${n}` };
    insertCorrection(db, { ...job, note, madeAt, madeBy: 'Redaktionen', headline: 'Rubrik', siteName: 'Lokaltidningen' });
    return correctionsOnPage(db, job.articleId, job.siteId, job.jobId);
  });
  db.close();
  rmSync(folder, { recursive: true, force: true });

  for (const [n, note] of notes.entries()) {
    const corrections = stored[n] ?? [];
    const changed = corrections.length === 1 && corrections[0]?.note === note ? [] : ['SQLite did not give the note back as typed'];
    const [paragraph = ''] = postContentParts(draft, new Map(), defaultSitePage, corrections).footer ?? [];
    const place = `correction paragraph ${n + 1}`;
    const shown = await viewer.evaluate<string | null>(readBack(paragraph, 'p.spalt-correction'));
    const lost =
      shown !== null && shown.endsWith(readable(note.trim())) ? [] : [`the note reads ${JSON.stringify((shown ?? '').slice(0, 80))}`];
    findings.record(place, [...changed, ...(await liveInHtml(viewer, paragraph)), ...lost]);
    await openAsPage(viewer, paragraph);
  }
  findings.typed('Rättelse: Vad rättades?');

  for (const [n, text] of chunks(payloads, 5_000, '\n').entries()) {
    const html = `<div class="note">${noteHtml(text)}</div>`;
    const shown = await viewer.evaluate<string | null>(readBack(html, 'div.note'));
    const lost = shown === readable(text) ? [] : [`the note reads ${JSON.stringify((shown ?? '').slice(0, 80))}`];
    findings.record(`editorial note HTML ${n + 1}`, [...(await liveInHtml(viewer, html)), ...lost]);
    await openAsPage(viewer, html);
  }
  findings.typed('Granskning: anteckningens och svarets text');
  await viewer.close();
}
