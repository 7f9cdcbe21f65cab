import { describe, expect, it } from 'vitest';
import type { Result, Settings } from '../../shared/api';
import type { Resumption } from '../../shared/article/left-off';
import { bodyWithText } from '../support/bodies';
import { send, useBrowserModeServer } from '../support/browser-mode-server';

const harness = useBrowserModeServer();
const hostile = '</script><script>window.owned = 1</script><!-- ”Läs även” <b>';

/** The JSON data blocks a page carries, as an HTML parser finds them (a <script> ends at the first "</script"). */
function dataBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/json" id="spalt-start">([\s\S]*?)<\/script/gi)].map((match) => match[1] ?? '');
}

describe('the page carries what its start needs', () => {
  it('puts the settings and where the journalist left off, with the article, into the page, and no text can leave the block', async () => {
    const { core, server, port } = await harness.start({
      'index.html':
        '<!doctype html><html><head><title>Spalt</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
    });
    const article = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({
      id: article.id,
      baseRevision: article.revision,
      draft: { ...article, headline: hostile, body: bodyWithText(hostile) },
    });
    await core.handlers['resume.remember']({ articleId: article.id, place: { block: 0, offset: 4 } });

    const page = await send(port, '/', { headers: { 'x-spalt-token': server.token } });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    // After the page's own script, before the end of its body; and only one block, ending where it should.
    expect(page.body.indexOf('id="spalt-start"')).toBeGreaterThan(page.body.indexOf('src="/assets/app.js"'));
    expect(page.body.trimEnd().endsWith('</script></body></html>')).toBe(true);
    const blocks = dataBlocks(page.body);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toContain('<');
    expect(page.body).not.toContain('window.owned = 1</script>');

    const answers = JSON.parse(blocks[0] ?? '') as { 'settings.get': Result<Settings>; 'resume.get': Result<Resumption> };
    expect(answers['settings.get']).toEqual({ ok: true, value: await core.handlers['settings.get']({}) });
    const resumed = answers['resume.get'];
    expect(resumed.ok && resumed.value.place).toEqual({ block: 0, offset: 4 });
    expect(resumed.ok && resumed.value.article.headline).toBe(hostile);
  });

  it('says nothing of where anyone left off in a new profile, and nothing at all to a request without the token', async () => {
    const { server, port } = await harness.start();
    const page = await send(port, '/', { headers: { 'x-spalt-token': server.token } });
    expect(JSON.parse(dataBlocks(page.body)[0] ?? '')['resume.get']).toEqual({ ok: true, value: null });
    const refused = await send(port, '/');
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('spalt-start');
  });
});
