/**
 * Spalt's WordPress REST client against a real WordPress 6.1 on loopback (tests/wordpress):
 * logging in as each role, what each role may do, uploads found again by their marker, posts
 * read back in context=edit, and every refusal as the Swedish message the user will see.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../main/publish/connection';
import { WordPressClient } from '../../main/publish/wordpress/client';
import { WordPressError } from '../../main/publish/wordpress/errors';
import { mediaMarker, postMarker } from '../../main/publish/wordpress/markers';
import { addMuPlugin, applicationPasswordsOff, noRewrites, restApiOff } from '../wordpress/mu-plugins';
import { basicAuth, startWordPress, type WordPressRole, type WordPressSite } from '../wordpress/site';
import { tinyJpeg } from '../wordpress/tiny-jpeg';

let site: WordPressSite;
/** Like nginx's client_max_body_size in front of the site: larger uploads get 413. */
const bodyLimit = 3 * 1024 * 1024;

beforeAll(async () => {
  site = await startWordPress({ maxBodyBytes: bodyLimit });
});

afterAll(async () => {
  await site?.stop();
});

function clientAs(role: WordPressRole, options: { restRoot?: string } = {}): WordPressClient {
  const user = site.users[role];
  return new WordPressClient({ address: site.url, username: user.username, password: user.applicationPassword, ...options });
}

async function failure(promise: Promise<unknown>): Promise<WordPressError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WordPressError);
  return error as WordPressError;
}

/** Reads from the site directly as the administrator, to check what the client left there. */
async function adminGet(path: string): Promise<any> {
  const response = await fetch(site.restUrl(path), { headers: { Authorization: basicAuth(site.users.administrator) } });
  return response.json();
}

describe('logging in ("Testa anslutningen")', () => {
  const expected = {
    administrator: {
      role: 'Administratör',
      publishPosts: true,
      uploadFiles: true,
      createCategories: true,
      createTags: true,
      editOthersPosts: true,
    },
    editor: { role: 'Redaktör', publishPosts: true, uploadFiles: true, createCategories: true, createTags: true, editOthersPosts: true },
    author: {
      role: 'Författare',
      publishPosts: true,
      uploadFiles: true,
      createCategories: false,
      createTags: true,
      editOthersPosts: false,
    },
    contributor: {
      role: 'Medarbetare',
      publishPosts: false,
      uploadFiles: false,
      createCategories: false,
      createTags: true,
      editOthersPosts: false,
    },
  } as const;

  for (const role of ['administrator', 'editor', 'author', 'contributor'] as const) {
    it(`reads the ${role}'s name, role and capabilities from the site`, async () => {
      const report = await testConnection(clientAs(role), '2026-01-01T00:00:00.000Z');
      const { role: _name, ...capabilities } = expected[role];
      expect(report).toMatchObject({
        address: site.url,
        restRoot: `${site.url}/wp-json/`,
        siteName: 'Spalt test site',
        user: { id: site.users[role].id, username: site.users[role].username, roles: [role] },
        role,
        capabilitiesFrom: 'site',
        capabilities,
      });
    });
  }

  it('finds the REST API through ?rest_route= where the web server does not rewrite /wp-json/', async () => {
    const remove = addMuPlugin(site, 'no-rewrites', noRewrites);
    try {
      const report = await testConnection(clientAs('editor'), '2026-01-01T00:00:00.000Z');
      expect(report.restRoot).toBe(`${site.url}/?rest_route=%2F`);
      expect(report.user.name).toBe('Editor');
      // Every other call goes through the same root.
      const tags = await clientAs('editor', { restRoot: report.restRoot }).listTags();
      expect(Array.isArray(tags)).toBe(true);
    } finally {
      remove();
    }
  });

  it('says the user name or Application Password is wrong', async () => {
    const client = new WordPressClient({ address: site.url, username: 'author', password: 'abcd efgh ijkl mnop qrst uvwx' });
    const error = await failure(testConnection(client, ''));
    expect(error.code).toBe('wp_login_failed');
    expect(error.disposition).toBe('final');
    expect(error.status).toBe(401);
    expect(error.messages.sv).toBe(
      `WordPress på ${site.url} godtog inte användarnamnet ”author” med det applikationslösenordet. Kontrollera användarnamnet och klistra in ett applikationslösenord (inte ditt vanliga lösenord); skapa vid behov ett nytt under Användare → Profil → Applikationslösenord.`,
    );
    // The login password is not an Application Password either.
    const withLoginPassword = new WordPressClient({ address: site.url, username: 'author', password: site.users.author.password });
    expect((await failure(withLoginPassword.me())).code).toBe('wp_login_failed');
  });

  it('says when the site has turned Application Passwords off', async () => {
    const remove = addMuPlugin(site, 'no-application-passwords', applicationPasswordsOff);
    try {
      const error = await failure(testConnection(clientAs('author'), ''));
      expect(error.code).toBe('wp_app_passwords_off');
      expect(error.messages.sv).toContain('Applikationslösenord är avstängda på');
    } finally {
      remove();
    }
  });

  it('says when the REST API is turned off', async () => {
    const remove = addMuPlugin(site, 'no-rest-api', restApiOff);
    try {
      const error = await failure(testConnection(clientAs('author'), ''));
      expect(error.code).toBe('wp_rest_disabled');
      expect(error.disposition).toBe('final');
      expect(error.messages.sv).toContain('har REST-API:t avstängt eller låst');
    } finally {
      remove();
    }
  });
});

describe("a role's refusals, as the user reads them", () => {
  it("refuses a contributor's publishing, and leaves nothing half-done on the site", async () => {
    const title = `Direkt ut ${Date.now()}`;
    const error = await failure(clientAs('contributor').createPost({ title, status: 'publish', content: '<p>x</p>' }));
    expect(error).toMatchObject({ code: 'wp_cannot_publish', disposition: 'final', status: 403, wordpressCode: 'rest_cannot_publish' });
    expect(error.messages.sv).toBe(
      `Din roll på ${site.url} (Medarbetare) får inte publicera eller schemalägga inlägg. Skicka artikeln till granskning i stället, eller be en redaktör publicera den.`,
    );
    expect(error.messages.en).toContain('(Contributor) may not publish');
    const found = (await adminGet(`/wp/v2/posts?search=${encodeURIComponent(title)}&status=any&context=edit`)) as unknown[];
    expect(found).toEqual([]);
  });

  it("refuses a contributor's upload, naming the role", async () => {
    const error = await failure(
      clientAs('contributor').uploadMedia(tinyJpeg, 'hamnen.jpg', 'image/jpeg', { slug: mediaMarker('c0ffee'.repeat(8)) }),
    );
    expect(error).toMatchObject({ code: 'wp_cannot_upload', disposition: 'final', status: 403, wordpressCode: 'rest_cannot_create' });
    expect(error.messages.sv).toBe(
      `Din roll på ${site.url} (Medarbetare) får inte ladda upp bilder. Be en redaktör ladda upp dem, eller be administratören om rollen Författare.`,
    );
  });

  it("refuses an author changing an editor's post", async () => {
    const post = await clientAs('editor').createPost({ title: 'Redaktörens', status: 'publish', content: '<p>a</p>' });
    const error = await failure(clientAs('author').updatePost(post.id, { title: 'Kapad' }));
    expect(error.code).toBe('wp_cannot_edit_post');
    expect(error.messages.sv).toContain('(Författare) får inte ändra inlägg');
    expect((await clientAs('editor').getPost(post.id)).title.raw).toBe('Redaktörens');
  });
});

describe('categories and tags', () => {
  it('lets an editor create a category, gives the same one back when it exists, and lists it', async () => {
    const editor = clientAs('editor');
    const created = await editor.createCategory('Nyheter Södertälje');
    expect(created).toMatchObject({ name: 'Nyheter Södertälje', slug: 'nyheter-sodertalje' });
    const again = await editor.createCategory('Nyheter Södertälje');
    expect(again.id).toBe(created.id);
    const child = await editor.createCategory('Sport', created.id);
    expect(child.parent).toBe(created.id);
    const names = (await editor.listCategories()).map((category) => category.name);
    expect(names).toEqual(expect.arrayContaining(['Uncategorized', 'Nyheter Södertälje', 'Sport']));
  });

  it('refuses a category to a contributor and an author, naming the role', async () => {
    const byContributor = await failure(clientAs('contributor').createCategory('Kultur'));
    expect(byContributor.code).toBe('wp_cannot_create_category');
    expect(byContributor.messages.sv).toBe(
      `Din roll på ${site.url} (Medarbetare) får inte skapa kategorin ”Kultur”. Välj en befintlig kategori eller be en redaktör skapa den.`,
    );
    expect((await failure(clientAs('author').createCategory('Kultur'))).messages.sv).toContain('(Författare)');
    expect((await clientAs('editor').listCategories()).map((c) => c.name)).not.toContain('Kultur');
  });

  it('lists every tag across pages (more than 100)', async () => {
    const editor = clientAs('editor');
    const names = Array.from({ length: 105 }, (_, index) => `tagg ${String(index).padStart(3, '0')}`);
    for (let start = 0; start < names.length; start += 4) {
      await Promise.all(names.slice(start, start + 4).map((name) => editor.createTag(name)));
    }
    const listed = (await clientAs('contributor').listTags()).map((tag) => tag.name);
    expect(listed).toEqual(expect.arrayContaining(names));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("creates a contributor's tag (WordPress lets every writer tag)", async () => {
    const tag = await clientAs('contributor').createTag('Föreningsliv');
    expect(tag.name).toBe('Föreningsliv');
  });
});

describe('media', () => {
  const photo = () =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();

  it('uploads a photo once with alt text, caption and description, and finds it again by its marker', async () => {
    const bytes = await photo();
    const slug = mediaMarker('ab12cd34ef56'.repeat(5));
    const author = clientAs('author');
    expect(await author.findMedia(slug)).toBeNull();
    const uploaded = await author.uploadMedia(bytes, 'Hamnen i Södertälje.jpg', 'image/jpeg', {
      slug,
      alt_text: 'Båtar i hamnen en vinterdag',
      caption: 'Foto: Anna Berg',
      description: 'Anna Berg, Länstidningen. Licens: fri för Länstidningen.',
    });
    expect(uploaded).toMatchObject({ slug, alt_text: 'Båtar i hamnen en vinterdag', mime_type: 'image/jpeg' });
    expect(uploaded.source_url).toMatch(/\/hamnen-i-sodertalje\.jpg$/);
    const found = await author.findMedia(slug);
    expect(found?.id).toBe(uploaded.id);
    expect(found?.caption?.raw).toBe('Foto: Anna Berg');
    expect(found?.description?.raw).toBe('Anna Berg, Länstidningen. Licens: fri för Länstidningen.');
    // Another user of the newsroom finds the same item rather than uploading it again.
    expect((await clientAs('editor').findMedia(slug))?.id).toBe(uploaded.id);
    expect(await adminGet(`/wp/v2/media?slug=${slug}`)).toHaveLength(1);
    const served = await fetch(uploaded.source_url);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('sends a long description as JSON after the upload', async () => {
    const description = `Licens: ${'fri användning för Länstidningen, ej vidareförsäljning. '.repeat(120)}`.trim();
    const uploaded = await clientAs('author').uploadMedia(await photo(), 'lang.jpg', 'image/jpeg', {
      slug: mediaMarker('feedbeef0123'.repeat(5)),
      alt_text: 'Ett långt bildtexttest',
      description,
    });
    expect(uploaded.description?.raw).toBe(description);
    expect(uploaded.alt_text).toBe('Ett långt bildtexttest');
  });

  it('changes a media item, and says when it is gone', async () => {
    const author = clientAs('author');
    const uploaded = await author.uploadMedia(await photo(), 'andra.jpg', 'image/jpeg', { slug: mediaMarker('0a0b0c0d0e0f'.repeat(4)) });
    const changed = await author.updateMedia(uploaded.id, { alt_text: 'Ny alt', caption: 'Foto: Ny' });
    expect(changed.alt_text).toBe('Ny alt');
    expect(changed.caption?.raw).toBe('Foto: Ny');
    await fetch(site.restUrl(`/wp/v2/media/${uploaded.id}?force=true`), {
      method: 'DELETE',
      headers: { Authorization: basicAuth(site.users.administrator) },
    });
    const error = await failure(author.updateMedia(uploaded.id, { alt_text: 'x' }));
    expect(error).toMatchObject({ code: 'wp_media_gone', disposition: 'final', status: 404 });
  });

  it('says a file is too big for the site (413 from the web server), without retrying', async () => {
    const big = new Uint8Array(bodyLimit + 1024);
    big.set(await photo());
    const error = await failure(clientAs('author').uploadMedia(big, 'stor.jpg', 'image/jpeg', { slug: mediaMarker('b16b16b16b16') }));
    expect(error).toMatchObject({ code: 'wp_file_too_large', disposition: 'final', status: 413 });
    expect(error.messages.sv).toBe(
      `”stor.jpg” är för stor för ${site.url}. Förminska bilden (till exempel till 2 000 pixlar bred) eller be administratören höja gränsen för uppladdningar.`,
    );
  });

  it('says WordPress refused a file that is not an image (its 500 is not retried)', async () => {
    const error = await failure(
      clientAs('author').uploadMedia(new TextEncoder().encode('not a jpeg'), 'trasig.jpg', 'image/jpeg', {
        slug: mediaMarker('deadbeefdead'),
      }),
    );
    expect(error).toMatchObject({
      code: 'wp_upload_refused',
      disposition: 'final',
      status: 500,
      wordpressCode: 'rest_upload_sideload_error',
    });
    expect(error.messages.sv).toContain('tog inte emot ”trasig.jpg”');
  });
});

describe('posts', () => {
  const markup = '<!-- wp:paragraph -->\n<p>Kommunen säger &quot;nej&quot; – igen.</p>\n<!-- /wp:paragraph -->';

  it('creates, reads in context=edit and updates a post in place', async () => {
    const author = clientAs('author');
    const created = await author.createPost({ title: 'Ny skola', content: markup, excerpt: 'Ingressen', status: 'draft' });
    const read = await author.getPost(created.id);
    expect(read).toMatchObject({
      id: created.id,
      status: 'draft',
      title: { raw: 'Ny skola' },
      content: { raw: markup },
      excerpt: { raw: 'Ingressen' },
    });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // modified_gmt has whole seconds
    const updated = await author.updatePost(created.id, { title: 'Ny skola i Ronna', status: 'publish' });
    expect(updated.id).toBe(created.id);
    expect(updated.status).toBe('publish');
    expect(updated.modified_gmt > read.modified_gmt).toBe(true);
    expect((await author.getPost(created.id)).title.raw).toBe('Ny skola i Ronna');
  });

  it('finds a post by its marker slug, for an author and for a contributor, and nothing for an unknown one', async () => {
    const draftMarker = postMarker('0f8fad5b-d9cb-469f-a165-70867728950e');
    const draft = await clientAs('author').createPost({ title: 'Markerad', slug: draftMarker, status: 'draft' });
    expect(draft.slug).toBe(draftMarker);
    expect((await clientAs('author').findPostByMarker(draftMarker))?.id).toBe(draft.id);

    // A contributor's draft keeps the marker too (a pending post would not: WordPress empties
    // the slug of a pending post by someone who may not publish, so the marker goes on the draft).
    const contributorMarker = postMarker('7c9e6679-7425-40de-944b-e07fc1f90ae7');
    const contributorDraft = await clientAs('contributor').createPost({
      title: 'Till granskning',
      slug: contributorMarker,
      status: 'draft',
    });
    expect((await clientAs('contributor').findPostByMarker(contributorMarker))?.id).toBe(contributorDraft.id);
    const pending = await clientAs('contributor').updatePost(contributorDraft.id, { status: 'pending' });
    expect(pending).toMatchObject({ id: contributorDraft.id, status: 'pending', slug: '' });

    expect(await clientAs('author').findPostByMarker(postMarker('9b2e1c3d-0000-4000-8000-000000000000'))).toBeNull();
  });

  it('says a post deleted on the site is gone (404), and one in the trash too', async () => {
    const author = clientAs('author');
    const deleted = await author.createPost({ title: 'Raderas', status: 'publish' });
    await fetch(site.restUrl(`/wp/v2/posts/${deleted.id}?force=true`), {
      method: 'DELETE',
      headers: { Authorization: basicAuth(site.users.administrator) },
    });
    const onRead = await failure(author.getPost(deleted.id));
    expect(onRead).toMatchObject({ code: 'wp_post_gone', disposition: 'final', status: 404, wordpressCode: 'rest_post_invalid_id' });
    expect(onRead.messages.sv).toBe(
      `Inlägget (${deleted.id}) finns inte längre på ${site.url}; det har raderats eller ligger i papperskorgen. Återställ det i WordPress, eller publicera artikeln som ett nytt inlägg.`,
    );
    expect((await failure(author.updatePost(deleted.id, { title: 'x' }))).code).toBe('wp_post_gone');

    const trashed = await author.createPost({ title: 'Papperskorgen', status: 'publish' });
    await fetch(site.restUrl(`/wp/v2/posts/${trashed.id}`), { method: 'DELETE', headers: { Authorization: basicAuth(site.users.editor) } });
    expect((await failure(author.getPost(trashed.id))).code).toBe('wp_post_gone');
  });
});
