/**
 * Browser mode's answers to what a request can get wrong: each typed error under its own HTTP
 * status, bodies that are too large, not JSON, not UTF-8, or too many at once.
 */
import { randomUUID } from 'node:crypto';
import type { ClientRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fileBodyBytes, textBodyBytes } from '../../main/server/body';
import { toWireJson } from '../../shared/wire';
import { send, useBrowserModeServer, type Reply } from '../support/browser-mode-server';

const harness = useBrowserModeServer();

async function start() {
  const { core, server, port } = await harness.start();
  const auth = { 'x-spalt-token': server.token };
  const json = { ...auth, 'content-type': 'application/json' };
  const invoke = (name: string, input: unknown) =>
    send(port, `/api/invoke/${name}`, { method: 'POST', headers: json, body: toWireJson(input) });
  return { core, server, port, auth, json, invoke };
}

function typed(reply: Reply): { status: number; code: string; sv: string } {
  const body = JSON.parse(reply.body) as { ok: boolean; error?: { code: string; message: { sv: string } } };
  return { status: reply.status, code: body.error?.code ?? 'ok', sv: body.error?.message.sv ?? '' };
}

/** A body sent in pieces, with no Content-Length. */
function sendChunked(port: number, path: string, headers: Record<string, string>, body: Buffer): Promise<Reply> {
  return send(port, path, {
    method: 'POST',
    headers,
    write: (req) => {
      for (let at = 0; at < body.length; at += 256 * 1024) req.write(body.subarray(at, at + 256 * 1024));
      req.end();
    },
  });
}

describe('browser mode answers each typed error with its own status', () => {
  it('answers 404, 422 and the rest for the errors that used to answer 500', async () => {
    const { invoke } = await start();
    const password = 'abcd efgh ijkl mnop';
    const site = JSON.parse(
      (await invoke('sites.save', { name: 'Tidningen', address: 'tidningen.se', username: 'anna', password })).body,
    ) as { value: { id: string } };
    const article = JSON.parse((await invoke('articles.create', { kind: 'news' })).body) as { value: { id: string } };

    const answers = {
      site_not_found: typed(await invoke('sites.remove', { id: randomUUID() })),
      site_address_invalid: typed(await invoke('sites.save', { name: 'X', address: 'tidningen', username: 'anna', password })),
      site_password_missing: typed(await invoke('sites.save', { name: 'X', address: 'tidningen.se', username: 'anna' })),
      import_unreadable: typed(await invoke('articles.import', { fileName: 'artiklar.json', data: new TextEncoder().encode('inte json') })),
      person_not_found: typed(await invoke('people.remove', { id: randomUUID() })),
      publish_job_not_found: typed(await invoke('publish.cancel', { jobId: randomUUID() })),
      publish_checklist_failed: typed(
        await invoke('publish.start', { articleId: article.value.id, siteId: site.value.id, action: 'draft' }),
      ),
    };
    expect(Object.fromEntries(Object.entries(answers).map(([code, answer]) => [code, `${answer.status} ${answer.code}`]))).toEqual({
      site_not_found: '404 site_not_found',
      site_address_invalid: '422 site_address_invalid',
      site_password_missing: '422 site_password_missing',
      import_unreadable: '422 import_unreadable',
      person_not_found: '404 person_not_found',
      publish_job_not_found: '404 publish_job_not_found',
      publish_checklist_failed: '422 publish_checklist_failed',
    });
  });
});

describe('browser mode bounds the bodies it reads', () => {
  it('refuses a body that is not UTF-8 JSON, instead of reading it with replacement characters', async () => {
    const { port, json, auth, invoke } = await start();
    // "Rubrik" with a lone continuation byte and a cut-off sequence in the middle.
    const bytes = Buffer.concat([Buffer.from('{"query":"Rub'), Buffer.from([0x80, 0xe0, 0xa4]), Buffer.from('rik"}')]);
    const invalid = typed(await send(port, '/api/invoke/articles.list', { method: 'POST', headers: json, body: bytes }));
    expect(invalid).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(invalid.sv).toContain('not valid UTF-8');

    const plain = typed(
      await send(port, '/api/invoke/articles.create', { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' }),
    );
    expect(plain).toMatchObject({ status: 415, code: 'request_not_json' });
    expect(plain.sv).toBe('Spalt tar bara emot JSON här, inte ”text/plain”. Ladda om sidan och försök igen.');
    const latin1 = typed(
      await send(port, '/api/invoke/articles.create', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json; charset=iso-8859-1' },
        body: '{}',
      }),
    );
    expect(latin1).toMatchObject({ status: 415, code: 'request_not_json' });
    const untyped = typed(await send(port, '/api/invoke/articles.create', { method: 'POST', headers: auth, body: '{}' }));
    expect(untyped).toMatchObject({ status: 415, code: 'request_not_json' });
    // Nothing refused was created; a proper call still is.
    expect(JSON.parse((await invoke('articles.list', {})).body)).toEqual({ ok: true, value: [] });
    expect(
      (
        await send(port, '/api/invoke/articles.create', {
          method: 'POST',
          headers: { ...json, 'content-type': 'Application/JSON; charset="UTF-8"' },
          body: '{}',
        })
      ).status,
    ).toBe(200);
  });

  it('holds a small body for calls without a file, the photo limit only for imports, and needs a length for more', async () => {
    const { port, json } = await start();
    const filler = (bytes: number) => Buffer.from(`{"query":"${'a'.repeat(bytes)}"}`);

    const tooLarge = typed(await send(port, '/api/invoke/articles.list', { method: 'POST', headers: json, body: filler(textBodyBytes) }));
    expect(tooLarge).toMatchObject({ status: 413, code: 'request_too_large' });
    expect(tooLarge.sv).toBe('Det som skickades är för stort (5 MB; högst 4 MB här). Välj en mindre fil, eller dela upp texten.');
    // Just under the limit the body is read, and the contract's own rule answers.
    expect(
      typed(await send(port, '/api/invoke/articles.list', { method: 'POST', headers: json, body: filler(textBodyBytes - 100) })),
    ).toMatchObject({ status: 400, code: 'invalid_input' });

    // An import may carry a file far larger than that: here 6 MB of bytes that are no image.
    const file = Buffer.from(toWireJson({ fileName: 'stor.jpg', data: new Uint8Array(6 * 1024 * 1024).fill(7) }));
    expect(typed(await send(port, '/api/invoke/photos.import', { method: 'POST', headers: json, body: file }))).toMatchObject({
      status: 422,
      code: 'photo_unsupported',
    });
    // The same body with no Content-Length is more than may come unannounced.
    expect(typed(await sendChunked(port, '/api/invoke/photos.import', json, file))).toMatchObject({
      status: 413,
      code: 'request_too_large',
    });
    expect(typed(await sendChunked(port, '/api/invoke/articles.list', json, Buffer.from('{"query":"hamnen"}')))).toMatchObject({
      status: 200,
      code: 'ok',
    });

    // Past the photo limit, the import names the file.
    const header = Buffer.from('{"fileName":"jättestor.jpg","data":{"$bytes":"');
    const huge = Buffer.concat([header, Buffer.alloc(fileBodyBytes, 'QUJD'), Buffer.from('"}}')]);
    const refused = typed(await send(port, '/api/invoke/photos.import', { method: 'POST', headers: json, body: huge }));
    expect(refused).toMatchObject({ status: 413, code: 'photo_too_large' });
    expect(refused.sv).toContain('”jättestor.jpg” är för stor');
  });

  it('answers 503 rather than holding more bodies than its budget, and takes the next when one is done', async () => {
    const { port, json, server } = await start();
    const body = Buffer.from(toWireJson({ fileName: 'stor.jpg', data: new Uint8Array(40 * 1024 * 1024).fill(7) }));
    const importing = () => send(port, '/api/invoke/photos.import', { method: 'POST', headers: json, body });

    // The first import has sent half its body: the server holds room for all of it.
    let first: ClientRequest | undefined;
    const firstAnswer = send(port, '/api/invoke/photos.import', {
      method: 'POST',
      headers: { ...json, 'content-length': String(body.length) },
      write: (req) => {
        first = req;
        req.write(body.subarray(0, body.length / 2));
      },
    });
    await expect.poll(() => server.bodyBytesHeld()).toBe(body.length);
    const others = await Promise.all([importing(), importing()]);
    expect(others.map(typed).map((answer) => `${answer.status} ${answer.code}`)).toEqual(['503 server_busy', '503 server_busy']);
    expect(typed(others[0]).sv).toBe('Spalt tar just nu emot andra stora filer. Vänta tills de är klara och försök sedan igen.');

    first?.end(body.subarray(body.length / 2));
    expect(typed(await firstAnswer)).toMatchObject({ status: 422, code: 'photo_unsupported' });
    // The room is given back with each answer: the next import is read.
    await expect.poll(() => server.bodyBytesHeld()).toBe(0);
    expect(typed(await importing())).toMatchObject({ status: 422, code: 'photo_unsupported' });
  });
});
