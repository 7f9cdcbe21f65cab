import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, liveProcessesInGroup, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';
import { tinyJpeg } from '../wordpress/tiny-jpeg';

let site: WordPressSite;
let startSeconds = 0;

beforeAll(async () => {
  const started = Date.now();
  site = await startWordPress();
  startSeconds = (Date.now() - started) / 1000;
  console.info(`WordPress test site at ${site.url}, started in ${startSeconds.toFixed(1)} s`);
});

afterAll(async () => {
  await site?.stop();
});

interface Reply {
  status: number;
  // The REST API's JSON: a post, a media item, a list, or an error { code, message, data }.
  body: Record<string, any>;
}

async function rest(
  as: WordPressRole | { username: string; applicationPassword: string },
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply> {
  const user = typeof as === 'string' ? site.users[as] : as;
  const response = await fetch(site.restUrl(path), {
    method,
    headers: {
      Authorization: basicAuth(user),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function uploadJpeg(role: WordPressRole, filename: string): Promise<Reply> {
  const response = await fetch(site.restUrl('/wp/v2/media'), {
    method: 'POST',
    headers: {
      Authorization: basicAuth(site.users[role]),
      'Content-Type': 'image/jpeg',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
    body: tinyJpeg,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('a fresh WordPress on loopback', () => {
  // The start time is printed when the site starts, not asserted: a timing in a test depends on
  // the machine's load, and the bench is where time is measured.
  it('starts with pretty permalinks and the REST API under /wp-json/', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const index = await fetch(site.restUrl('/'));
    expect(index.status).toBe(200);
    expect(((await index.json()) as { namespaces: string[] }).namespaces).toContain('wp/v2');
    expect(existsSync(site.configFile)).toBe(true);
  });

  it('runs the version asked for (SPALT_WORDPRESS, else 6.1) with its own default theme on the public pages', async () => {
    expect(site.version).toBe(process.env.SPALT_WORDPRESS || '6.1');
    expect(site.release.startsWith(`${site.version}.`)).toBe(true);
    expect(site.theme).toBe(site.version === '6.1' ? 'twentytwentythree' : 'twentytwentyfive');
    const front = await (await fetch(`${site.url}/`)).text();
    expect(front).toContain(`<meta name="generator" content="WordPress ${site.release}"`);
    expect(front).toContain(`/wp-content/themes/${site.theme}/`);
  });

  it("authenticates every role's Application Password as that user", async () => {
    for (const role of ['administrator', 'editor', 'author', 'contributor'] as const) {
      const me = await rest(role, 'GET', '/wp/v2/users/me?context=edit');
      expect(me.status, role).toBe(200);
      expect(me.body.id).toBe(site.users[role].id);
      expect(me.body.roles).toEqual([role]);
    }
  });

  it('answers 401 to a wrong application password', async () => {
    const wrong = { username: site.users.author.username, applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' };
    expect((await rest(wrong, 'GET', '/wp/v2/users/me')).status).toBe(401);
    const create = await rest(wrong, 'POST', '/wp/v2/posts', { title: 'Nope', status: 'draft' });
    expect(create.status).toBe(401);
  });

  it('lets a contributor submit for review, but not publish', async () => {
    const pending = await rest('contributor', 'POST', '/wp/v2/posts', { title: 'Till granskning', status: 'pending' });
    expect(pending.status).toBe(201);
    expect(pending.body.status).toBe('pending');
    expect(pending.body.author).toBe(site.users.contributor.id);

    const publish = await rest('contributor', 'POST', '/wp/v2/posts', { title: 'Direkt ut', status: 'publish' });
    expect(publish.status).toBe(403);
    expect(publish.body.code).toBe('rest_cannot_publish');
  });

  it('refuses media uploads from a contributor', async () => {
    const upload = await uploadJpeg('contributor', 'bidrag.jpg');
    expect(upload.status).toBe(403);
    expect(upload.body.code).toBe('rest_cannot_create');
  });

  it('lets an author publish', async () => {
    const published = await rest('author', 'POST', '/wp/v2/posts', { title: 'Publicerad', status: 'publish' });
    expect(published.status).toBe(201);
    expect(published.body.status).toBe('publish');
    expect(published.body.author).toBe(site.users.author.id);
  });

  it("lets an editor publish someone else's pending post", async () => {
    const pending = await rest('contributor', 'POST', '/wp/v2/posts', { title: 'Granska mig', status: 'pending' });
    expect(pending.status).toBe(201);
    const published = await rest('editor', 'POST', `/wp/v2/posts/${pending.body.id}`, { status: 'publish' });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('publish');
    expect(published.body.author).toBe(site.users.contributor.id);
  });

  it("takes an author's JPEG as a raw body and serves it from /wp-content/uploads/", async () => {
    const upload = await uploadJpeg('author', 'hamnen.jpg');
    expect(upload.status).toBe(201);
    expect(upload.body.mime_type).toBe('image/jpeg');
    expect(upload.body.media_type).toBe('image');
    expect(upload.body.author).toBe(site.users.author.id);
    expect(upload.body.media_details).toMatchObject({ width: 2, height: 2 });
    const sourceUrl = String(upload.body.source_url);
    expect(sourceUrl.startsWith(`${site.url}/wp-content/uploads/`)).toBe(true);
    expect(sourceUrl).toMatch(/\/hamnen\.jpg$/);

    const served = await fetch(sourceUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(tinyJpeg)).toBe(true);
  });

  it('returns content.raw with context=edit exactly as sent', async () => {
    const markup = [
      '<!-- wp:paragraph -->',
      '<p>Kommunen säger &quot;nej&quot; – igen. <strong>Fet</strong> &amp; <em>kursiv</em>, "raka" citat\'s.</p>',
      '<!-- /wp:paragraph -->',
      '',
      '<!-- wp:heading -->',
      '<h2>Rubrik med &lt;tecken&gt; och emoji 📰</h2>',
      '<!-- /wp:heading -->',
    ].join('\n');
    const created = await rest('author', 'POST', '/wp/v2/posts', { title: 'Rått', content: markup, status: 'draft' });
    expect(created.status).toBe(201);
    const read = await rest('author', 'GET', `/wp/v2/posts/${created.body.id}?context=edit`);
    expect(read.status).toBe(200);
    expect(read.body.content.raw).toBe(markup);
  });

  it('honours date_gmt for a scheduled (future) post', async () => {
    const when = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    when.setUTCMilliseconds(0);
    const dateGmt = when.toISOString().slice(0, 19); // 2030-01-02T03:04:05, as WordPress writes it
    const scheduled = await rest('author', 'POST', '/wp/v2/posts', {
      title: 'Schemalagd',
      status: 'future',
      date_gmt: dateGmt,
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.status).toBe('future');
    expect(scheduled.body.date_gmt).toBe(dateGmt);
    const read = await rest('author', 'GET', `/wp/v2/posts/${scheduled.body.id}?context=edit`);
    expect(read.body.status).toBe('future');
    expect(read.body.date_gmt).toBe(dateGmt);
  });

  it('stops without leaving a process, a config file or a folder behind', async () => {
    const { configFile, dir, processGroups, url } = site;
    expect(processGroups.length).toBeGreaterThanOrEqual(3);
    // Running now: the watchdog, mariadbd, and php -S with its workers, each in a group of its own.
    const live = processGroups.filter((group) => liveProcessesInGroup(group).length > 0);
    expect(live.length).toBeGreaterThanOrEqual(3);
    expect(processGroups.some((group) => liveProcessesInGroup(group).length > 1)).toBe(true); // php's workers
    expect(processesMentioning(dir).length).toBeGreaterThanOrEqual(3);
    const stopped = Date.now();
    await site.stop();
    console.info(`WordPress test site stopped in ${((Date.now() - stopped) / 1000).toFixed(1)} s`);

    expect(existsSync(configFile)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    for (const group of processGroups) expect(liveProcessesInGroup(group), `process group ${group}`).toEqual([]);
    expect(processesMentioning(dir)).toEqual([]);
    const port = Number(new URL(url).port);
    expect(await accepts(port)).toBe(false);
  });
});

/** Live processes whose command line names the given text (the site's folder is in every one). */
function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (commandLine.includes(text)) found.push(`${entry}: ${commandLine}`);
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const connection = createConnection({ host: '127.0.0.1', port });
    connection.once('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.once('error', () => resolve(false));
  });
}
