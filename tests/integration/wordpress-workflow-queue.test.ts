/**
 * The review queue against a real WordPress with 210 pending posts by three writers (some
 * written by Spalt, some not), beside drafts and published posts: every pending post once, in
 * three pages, newest change first, with the author's name, the raw markup and the rest of
 * what the queue shows, the first page handed over on its own first; a Contributor or an Author
 * asking gets a typed refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReviewQueue } from '../../main/publish/wordpress/review-queue';
import { clientAs, failure, paragraph } from '../support/wordpress-workflow';
import { basicAuth, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';

let site: WordPressSite;
const pendingCount = 210;
const writers: WordPressRole[] = ['contributor', 'author', 'editor'];
/** Ids of the pending posts, by who wrote them. */
const pending = new Map<number, WordPressRole>();

/** Posts the way Spalt writes them carry its class names; others are plain WordPress. */
function contentOf(i: number): string {
  return i % 2 === 0
    ? `<!-- wp:paragraph {"className":"spalt-lead"} -->\n<p class="spalt-lead"><strong>Ingress ${i}.</strong></p>\n<!-- /wp:paragraph -->\n\n${paragraph(`Text ${i}.`)}`
    : paragraph(`Skrivet i WordPress, nummer ${i}.`);
}

async function create(role: WordPressRole, fields: Record<string, unknown>): Promise<{ id: number; modified_gmt: string }> {
  const response = await fetch(site.restUrl('/wp/v2/posts'), {
    method: 'POST',
    headers: { Authorization: basicAuth(site.users[role]), 'Content-Type': 'application/json' },
    body: JSON.stringify(fields),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: number; modified_gmt: string };
}

beforeAll(async () => {
  site = await startWordPress();
  const categories = [1];
  for (let start = 0; start < pendingCount; start += 6) {
    const batch = Array.from({ length: Math.min(6, pendingCount - start) }, async (_, k) => {
      const i = start + k;
      const role = writers[i % writers.length] ?? 'contributor';
      const post = await create(role, {
        title: `Väntar ${i}`,
        content: contentOf(i),
        excerpt: `Utdrag ${i}`,
        status: 'pending',
        categories,
      });
      pending.set(post.id, role);
    });
    await Promise.all(batch);
  }
  await create('author', { title: 'Ett utkast', content: paragraph('Utkast.'), status: 'draft' });
  await create('editor', { title: 'Publicerad', content: paragraph('Ute.'), status: 'publish' });
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

describe('the review queue ("Att granska")', () => {
  it('lists every pending post once, newest change first, with its author and what the queue shows', async () => {
    const queue = await listReviewQueue(clientAs(site, 'editor'));

    expect(queue).toHaveLength(pendingCount);
    expect(new Set(queue.map((item) => item.postId))).toEqual(new Set(pending.keys()));
    for (let i = 1; i < queue.length; i++) {
      const [before, after] = [queue[i - 1]!, queue[i]!];
      expect(before.modifiedGmt > after.modifiedGmt || (before.modifiedGmt === after.modifiedGmt && before.postId > after.postId)).toBe(
        true,
      );
    }
    const names: Record<WordPressRole, string> = { contributor: 'Contributor', author: 'Author', editor: 'Editor', administrator: 'Admin' };
    for (const item of queue) {
      const role = pending.get(item.postId)!;
      expect(item.author).toEqual({ id: site.users[role].id, name: names[role] });
      const i = Number(/^Väntar (\d+)$/.exec(item.title)?.[1]);
      expect(item.content).toBe(contentOf(i));
      expect(item.excerpt).toBe(`Utdrag ${i}`);
      expect(item.spaltMarkup).toBe(i % 2 === 0);
      expect(item.categories).toEqual([1]);
      expect(item.dateGmt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    }
  });

  it('hands over the first page, with its authors, before the whole queue', async () => {
    const firsts: Array<{ items: number; named: boolean; wholeYet: boolean }> = [];
    let whole = false;
    const queue = await listReviewQueue(clientAs(site, 'editor'), (items) => {
      firsts.push({ items: items.length, named: items.every((item) => item.author.name !== ''), wholeYet: whole });
    });
    whole = true;
    expect(firsts).toEqual([{ items: 100, named: true, wholeYet: false }]);
    expect(queue).toHaveLength(pendingCount);
  });

  it('puts a submission changed last at the top', async () => {
    const queue = await listReviewQueue(clientAs(site, 'administrator'));
    const oldest = queue[queue.length - 1]!;
    const newest = queue[0]!;
    // modified_gmt counts whole seconds: wait until the site's clock is past the newest change.
    while (new Date().toISOString().slice(0, 19) <= newest.modifiedGmt) await new Promise((resolve) => setTimeout(resolve, 50));
    const role = pending.get(oldest.postId)!;
    const response = await fetch(site.restUrl(`/wp/v2/posts/${oldest.postId}`), {
      method: 'POST',
      headers: { Authorization: basicAuth(site.users[role]), 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: paragraph('Ändrad efter inskickningen.') }),
    });
    expect(response.status).toBe(200);

    const again = await listReviewQueue(clientAs(site, 'administrator'));
    expect(again[0]?.postId).toBe(oldest.postId);
    expect(again[0]?.content).toBe(paragraph('Ändrad efter inskickningen.'));
    expect(again).toHaveLength(pendingCount);
  });

  for (const role of ['contributor', 'author'] as const) {
    it(`refuses the ${role}, whom WordPress would show only their own pending posts`, async () => {
      const error = await failure(listReviewQueue(clientAs(site, role)));
      expect(error.code).toBe('wp_cannot_review');
      expect(error.disposition).toBe('final');
      expect(error.messages.sv).toContain(role === 'author' ? 'Författare' : 'Medarbetare');
      expect(error.messages.sv).toContain('Redaktör');
    });
  }
});
