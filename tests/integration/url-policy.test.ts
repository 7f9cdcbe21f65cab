import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyDocument } from '../../shared/document/body';
import { toWireJson } from '../../shared/wire';
import { seedDraft } from '../fixtures/seeds/draft';
import { body, p, photo, readAlso, text } from '../fixtures/seeds/build';
import { storInsatsHall } from '../fixtures/seeds';
import { send, useBrowserModeServer } from '../support/browser-mode-server';

const harness = useBrowserModeServer();

async function start() {
  const { core, server, port, dataDir } = await harness.start();
  const invoke = async (name: string, input: unknown) => {
    const reply = await send(port, `/api/invoke/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spalt-token': server.token },
      body: toWireJson(input),
    });
    return { status: reply.status, answer: JSON.parse(reply.body) as { ok: boolean; value?: any; error?: any } };
  };
  /** The database file's bytes with its write-ahead log folded in: what is on disk. */
  const onDisk = () => {
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    return readFileSync(join(dataDir, 'spalt.sqlite'));
  };
  return { core, invoke, onDisk };
}

const link = (url: string) => ({
  type: 'link',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children: [text('länken')],
  url,
  rel: null,
  target: null,
  title: null,
});

/** Each body carries one address the policy refuses, in each place a body holds one. */
const refused: Array<[string, string, BodyDocument]> = [
  ['a javascript: link', 'javascript:alert(1)', body(p('Se ', link('javascript:alert(1)')))],
  ['a link whose scheme hides a tab', 'java\\u0009script:alert(1)', body(p(link('java\tscript:alert(1)')))],
  ['a vbscript: link', 'VBScript:msgbox(1)', body(p(link('VBScript:msgbox(1)')))],
  ['a data:text/html link', 'data:text/html,<script>alert(1)</script>', body(p(link('data:text/html,<script>alert(1)</script>')))],
  [
    'a link inside a list',
    'javascript:alert(2)',
    body({
      type: 'list',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      children: [
        { type: 'listitem', version: 1, direction: null, format: '', indent: 0, value: 1, children: [link('javascript:alert(2)')] },
      ],
    }),
  ],
  [
    'a photo from javascript:',
    'javascript:alert(3)',
    body({ ...photo({ photoId: 'x', alt: 'x', credit: '' }), src: 'javascript:alert(3)', photoId: undefined }),
  ],
  [
    'a photo as data:',
    'data:image/svg+xml,<svg onload=alert(1)>',
    body({ type: 'photo', version: 1, src: 'data:image/svg+xml,<svg onload=alert(1)>' }),
  ],
  ['a "Läs även" to javascript:', 'javascript:alert(4)', body(readAlso('Läs mer', 'javascript:alert(4)'))],
  [
    'a verbatim block with a javascript: link',
    'javascript:alert(5)',
    body({ type: 'raw-block', version: 1, markup: '<p><a href="jav&#x61;script:alert(5)">x</a></p>' }),
  ],
];

describe('the URL policy in the core', () => {
  it.each(refused)(
    'articles.save refuses a body with %s, with 422 and a message that says what to do, and writes nothing',
    async (_name, shown, hostile) => {
      const { invoke, onDisk } = await start();
      const created = (await invoke('articles.create', { kind: 'news' })).answer.value as { id: string; revision: number };
      const draft = { ...seedDraft(storInsatsHall), body: storInsatsHall.body };
      const first = await invoke('articles.save', { id: created.id, baseRevision: created.revision, draft });
      expect(first.status).toBe(200);
      const before = onDisk();

      const reply = await invoke('articles.save', {
        id: created.id,
        baseRevision: first.answer.value.revision,
        draft: { ...draft, body: hostile },
      });
      expect(reply.status).toBe(422);
      expect(reply.answer.error.code).toBe('url_not_allowed');
      expect(reply.answer.error.message.sv).toContain(`”${shown}”`);
      expect(reply.answer.error.message.sv).toContain('Ändra eller ta bort adressen; ingenting har ändrats.');
      expect(reply.answer.error.message.en).toContain('Change or remove the address; nothing has been changed.');
      expect(onDisk().equals(before)).toBe(true);
      const stored = (await invoke('articles.get', { id: created.id })).answer.value as { revision: number; body: BodyDocument };
      expect(stored.revision).toBe(first.answer.value.revision);
      expect(stored.body).toEqual(storInsatsHall.body);
    },
  );

  it('articles.save keeps bodies whose addresses are allowed, and empty addresses not chosen yet', async () => {
    const { invoke } = await start();
    const created = (await invoke('articles.create', { kind: 'news' })).answer.value as { id: string; revision: number };
    const allowed = body(
      p(link('https://polisen.se/'), link('mailto:tips@lokaltidning.se'), link('')),
      readAlso('Vald senare', ''),
      { type: 'photo', version: 1, src: 'https://lokaltidning.se/bild.jpg', alt: 'Bild' },
      photo({ photoId: 'hall-helikopter', alt: 'helikopter', credit: 'Arkivbild' }),
      { type: 'raw-block', version: 1, markup: '<p><a href="/nyheter/">Nyheter</a> <img src="https://lokaltidning.se/a.jpg"></p>' },
    );
    const reply = await invoke('articles.save', {
      id: created.id,
      baseRevision: created.revision,
      draft: { ...seedDraft(storInsatsHall), body: allowed },
    });
    expect(reply.status).toBe(200);
    expect((await invoke('articles.get', { id: created.id })).answer.value.body).toEqual(allowed);
  });

  it('articles.import refuses a file with one unsafe address in its last article, and adds no article at all', async () => {
    const { invoke, core, onDisk } = await start();
    const good = seedDraft(storInsatsHall);
    const bad = { ...seedDraft(storInsatsHall), headline: 'Den sista', body: body(p(link('javascript:alert(document.cookie)'))) };
    const file = {
      format: 'spalt-articles',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      articles: [good, good, bad].map((draft, n) => ({
        id: `a${n}`,
        status: 'draft',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        draft,
      })),
      photos: [],
    };
    const before = onDisk();
    const reply = await invoke('articles.import', { fileName: 'artiklar.json', data: new TextEncoder().encode(JSON.stringify(file)) });
    expect(reply.status).toBe(422);
    expect(reply.answer.error.code).toBe('import_url_not_allowed');
    expect(reply.answer.error.message.sv).toBe(
      '”artiklar.json” importerades inte: artikeln ”Den sista” har adressen ”javascript:alert(document.cookie)”, som Spalt inte tar emot. Länkar får bara gå till https://, http:// eller mailto:, och bilder får bara komma från bildbanken eller från https:// eller http://. Rätta filen och importera den igen; ingen artikel har lagts till.',
    );
    expect(core.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
    expect(onDisk().equals(before)).toBe(true);

    const clean = { ...file, articles: file.articles.slice(0, 2) };
    const imported = await invoke('articles.import', { fileName: 'artiklar.json', data: new TextEncoder().encode(JSON.stringify(clean)) });
    expect(imported.status).toBe(200);
    expect(core.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
  });
});
