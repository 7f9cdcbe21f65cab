/**
 * The post's author: which site user a byline names (case, spacing and diacritics aside), the
 * author the publish dialog suggests, and what older profiles hold (a job queued, or a site
 * read, before Spalt chose authors) read back in a real SQLite file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Byline } from '../../shared/article/byline';
import { authorForName, suggestAuthor } from '../../shared/publish/authors';
import type { SiteAuthor } from '../../shared/publish/publish';
import { createCore } from '../../main/core';
import { getJob } from '../../main/db/outbox';
import { openDatabase } from '../../main/db/open';
import { getSiteCache } from '../../main/db/site-cache';
import { body, p } from '../fixtures/seeds/build';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-authors-');

const asa: SiteAuthor = { id: 7, name: 'Åsa Öberg', slug: 'asa-oberg' };
const asaPlain: SiteAuthor = { id: 8, name: 'Asa Oberg', slug: 'asa-oberg-2' };
const helen: SiteAuthor = { id: 9, name: 'helen.shabo', slug: 'helen-shabo' };
const editor: SiteAuthor = { id: 2, name: 'Redaktören', slug: 'editor' };

const text = (name: string): Byline => ({ role: 'text', name, personId: null });

describe('authorForName', () => {
  it('finds the user whatever the case and spacing of the byline', () => {
    expect(authorForName('  åsa   ÖBERG ', [editor, asa])).toEqual(asa);
  });

  it('takes the name as written before a match without diacritics, and uses that match when it is the only one', () => {
    expect(authorForName('Åsa Öberg', [asaPlain, asa])?.id).toBe(7);
    expect(authorForName('Asa Oberg', [asaPlain, asa])?.id).toBe(8);
    expect(authorForName('Asa Oberg', [editor, asa])?.id).toBe(7);
  });

  it("falls back to the user's slug, for a user whose display name is still the login name", () => {
    expect(authorForName('Helen Shabo', [editor, helen])?.id).toBe(9);
  });

  it('gives no one for a name no user has, an empty name, or two users equally close', () => {
    expect(authorForName('Metin Hawsho', [editor, asa])).toBeNull();
    expect(authorForName('   ', [editor, asa])).toBeNull();
    expect(authorForName('Åsa Öberg', [asa, { ...asa, id: 11, slug: 'asa-oberg-3' }])).toBeNull();
  });
});

describe('suggestAuthor', () => {
  const authors = [editor, asa, helen];

  it("suggests the first writing byline's person who is a user, passing photographers and outside writers", () => {
    const bylines = [
      { role: 'photo' as const, name: 'Helen Shabo', personId: null },
      text('Lucas T'),
      { role: 'writer' as const, name: 'Åsa Öberg', personId: null },
    ];
    expect(suggestAuthor({ bylines, authors, postAuthor: 2, userId: 2 })).toBe(7);
  });

  it("keeps the post's author when no byline is a user, as long as the site still lists it", () => {
    expect(suggestAuthor({ bylines: [text('Lucas T')], authors, postAuthor: 9, userId: 2 })).toBe(9);
    expect(suggestAuthor({ bylines: [text('Lucas T')], authors, postAuthor: 44, userId: 2 })).toBe(2);
  });

  it('falls back to the user, also when the role may not choose (no authors offered)', () => {
    expect(suggestAuthor({ bylines: [], authors, postAuthor: null, userId: 2 })).toBe(2);
    expect(suggestAuthor({ bylines: [text('Åsa Öberg')], authors: [], postAuthor: 7, userId: 3 })).toBe(3);
    expect(suggestAuthor({ bylines: [], authors: [], postAuthor: null, userId: null })).toBeNull();
  });
});

describe('what older profiles hold', () => {
  it('reads a job queued before authors were chosen as keeping the post’s author', async () => {
    const core = createCore({ dataDir: tempDir(), version: 'test', outbox: { worker: false } });
    const site = await core.handlers['sites.save']({
      name: 'Tidningen',
      address: 'http://127.0.0.1:1',
      username: 'anna',
      password: 'abcd efgh ijkl mnop',
    });
    const created = await core.handlers['articles.create']({ kind: 'news' });
    await core.handlers['articles.save']({
      id: created.id,
      baseRevision: 0,
      draft: {
        kind: 'news',
        kicker: '',
        headline: 'Nytt torg i centrum',
        lead: 'En ingress.',
        label: '',
        disclaimer: '',
        sponsor: '',
        bylines: [text('Åsa Öberg')],
        mainPhotoId: null,
        body: body(p('Brödtext.')),
      },
    });
    const chosen = await core.handlers['publish.start']({
      articleId: created.id,
      siteId: site.id,
      action: 'draft',
      categories: [],
      newCategories: [],
      tags: [],
      author: 7,
    });
    expect(getJob(core.db, chosen.id).options.author).toBe(7);
    // As an older Spalt wrote the row: no author in the options.
    core.db
      .prepare('UPDATE publish_jobs SET options = ? WHERE id = ?')
      .run(JSON.stringify({ categories: [], newCategories: [], tags: [], slug: null }), chosen.id);
    expect(getJob(core.db, chosen.id).options).toEqual({ categories: [], newCategories: [], tags: [], slug: null, author: null });
    core.close();
  });

  it('reads a site cache written before schema version 90 as offering no authors, until the site is read again', () => {
    const file = join(tempDir(), 'spalt.sqlite');
    const old = openDatabase(file, { targetVersion: 80 });
    old
      .prepare(
        `INSERT INTO sites (id, name, address, username, created_at, updated_at) VALUES ('s1', 'Tidningen', 'https://tidningen.se', 'anna', 'x', 'x')`,
      )
      .run();
    old
      .prepare(
        `INSERT INTO publish_site_cache (site_id, fetched_at, user, capabilities, categories, tags) VALUES ('s1', '2026-01-01T00:00:00.000Z', ?, ?, '[]', '[]')`,
      )
      .run(
        JSON.stringify({ id: 2, name: 'Editor', role: 'editor' }),
        JSON.stringify({ publishPosts: true, uploadFiles: true, createCategories: true, createTags: true, editOthersPosts: true }),
      );
    old.close();
    const upgraded = openDatabase(file);
    expect(getSiteCache(upgraded, 's1')).toMatchObject({ user: { id: 2, name: 'Editor' }, authors: [] });
    upgraded.close();
  });
});
