/**
 * Sites through the core, as both adapters call it: saved with the password kept out of
 * SQLite and out of every answer, updated without re-entering it, removed with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core';
import { dispatch } from '../../main/dispatch';
import { passwordFileName } from '../../main/publish/secrets';
import { freePort } from '../wordpress/processes';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('spalt-sites-');
const password = 'Xk4p Qz9w Lm2n Rt7v Yb3c Hd8f';

function makeCore(): { core: Core; dataDir: string } {
  const dataDir = tempDir();
  return { core: createCore({ dataDir, version: 'test' }), dataDir };
}

/** Every byte Spalt wrote to the data folder, by file name (the database, its WAL, the rest). */
function filesContaining(dataDir: string, text: string): string[] {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(Buffer.from(text)));
}

describe('sites', () => {
  it('keeps the Application Password only in the private password file, never in SQLite or an answer', async () => {
    const { core, dataDir } = makeCore();
    const saved = await dispatch(core.handlers, 'sites.save', {
      name: 'Länstidningen',
      address: 'lanstidningen.se',
      username: 'anna',
      password,
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { name: 'Länstidningen', address: 'https://lanstidningen.se', username: 'anna', hasPassword: true, lastCheck: null },
    });
    const listed = await dispatch(core.handlers, 'sites.list', {});
    expect(listed).toMatchObject({ ok: true, value: { passwordStorage: { kind: 'file', file: join(dataDir, passwordFileName) } } });
    expect(JSON.stringify([saved, listed])).not.toContain('Xk4p');
    // The database, its WAL and everything else but the password file: not a trace.
    expect(filesContaining(dataDir, password)).toEqual([join(dataDir, passwordFileName)]);
    expect(filesContaining(dataDir, 'Xk4pQz9w')).toEqual([]);
    core.close();
    expect(filesContaining(dataDir, password)).toEqual([join(dataDir, passwordFileName)]);
  });

  it('keeps the stored password when an update leaves it out, and replaces it when given', async () => {
    const { core, dataDir } = makeCore();
    const site = await core.handlers['sites.save']({ name: 'Tidningen', address: 'https://tidningen.se', username: 'anna', password });
    const renamed = await core.handlers['sites.save']({
      id: site.id,
      name: 'Tidningen Väst',
      address: 'https://tidningen.se',
      username: 'anna',
    });
    expect(renamed).toMatchObject({ id: site.id, name: 'Tidningen Väst', hasPassword: true });
    expect(readFileSync(join(dataDir, passwordFileName), 'utf8')).toContain(password);
    await core.handlers['sites.save']({
      id: site.id,
      name: 'Tidningen Väst',
      address: 'https://tidningen.se',
      username: 'anna',
      password: 'nytt lösen',
    });
    expect(readFileSync(join(dataDir, passwordFileName), 'utf8')).not.toContain(password);
    expect((await core.handlers['sites.list']({})).sites).toHaveLength(1);
    core.close();
  });

  it("keeps what the site's theme shows itself: defaults for a new site, the user's choice after, and it on disk", async () => {
    const { core, dataDir } = makeCore();
    const site = await core.handlers['sites.save']({ name: 'Tidningen', address: 'https://tidningen.se', username: 'anna', password });
    expect(site.page).toEqual({ themeShowsExcerpt: false, themeShowsFeaturedImage: true });
    const page = { themeShowsExcerpt: true, themeShowsFeaturedImage: false };
    expect(
      (await core.handlers['sites.save']({ id: site.id, name: 'Tidningen', address: 'https://tidningen.se', username: 'anna', page })).page,
    ).toEqual(page);
    // An update that leaves it out (an older form) keeps it.
    await core.handlers['sites.save']({ id: site.id, name: 'Tidningen Väst', address: 'https://tidningen.se', username: 'anna' });
    expect((await core.handlers['sites.list']({})).sites[0]?.page).toEqual(page);
    core.close();
    const reopened = createCore({ dataDir, version: 'test' });
    expect((await reopened.handlers['sites.list']({})).sites[0]?.page).toEqual(page);
    reopened.close();
  });

  it('refuses a page setting that is not a yes or no, with a message', async () => {
    const { core } = makeCore();
    const answer = await dispatch(core.handlers, 'sites.save', {
      name: 'Tidningen',
      address: 'https://tidningen.se',
      username: 'anna',
      password,
      page: { themeShowsExcerpt: 'ja', themeShowsFeaturedImage: true },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await core.handlers['sites.list']({})).sites).toEqual([]);
    core.close();
  });

  it('never sends a stored password to another host: a changed address needs it typed again', async () => {
    const { core, dataDir } = makeCore();
    const site = await core.handlers['sites.save']({ name: 'Tidningen', address: 'https://tidningen.se', username: 'anna', password });
    const elsewhere = await dispatch(core.handlers, 'sites.test', { id: site.id, address: 'tidningen.se.example.net', username: 'anna' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'site_password_other_host' } });
    expect(elsewhere.ok ? '' : elsewhere.error.message.sv).toBe(
      'Adressen går nu till tidningen.se.example.net, en annan webbplats än förut. Spalt skickar inte det sparade applikationslösenordet dit: skriv in lösenordet för tidningen.se.example.net.',
    );
    const moved = await dispatch(core.handlers, 'sites.save', {
      id: site.id,
      name: 'Tidningen',
      address: 'https://tidningen.example.net',
      username: 'anna',
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'site_password_other_host' } });
    expect((await core.handlers['sites.list']({})).sites[0]?.address).toBe('https://tidningen.se');
    // The same host under another path keeps it; so does a new password for the new host.
    await core.handlers['sites.save']({ id: site.id, name: 'Tidningen', address: 'https://tidningen.se/nyheter', username: 'anna' });
    await core.handlers['sites.save']({
      id: site.id,
      name: 'Tidningen',
      address: 'https://tidningen.example.net',
      username: 'anna',
      password: 'nytt',
    });
    expect(readFileSync(join(dataDir, passwordFileName), 'utf8')).toContain('"nytt"');
    core.close();
  });

  it('asks for the password of a new site, and refuses an unsafe address, saving nothing', async () => {
    const { core } = makeCore();
    const missing = await dispatch(core.handlers, 'sites.save', { name: 'Tidningen', address: 'tidningen.se', username: 'anna' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'site_password_missing' } });
    const insecure = await dispatch(core.handlers, 'sites.save', {
      name: 'Tidningen',
      address: 'http://tidningen.se',
      username: 'anna',
      password,
    });
    expect(insecure).toMatchObject({ ok: false, error: { code: 'site_address_insecure' } });
    expect(insecure.ok ? '' : insecure.error.message.sv).toContain('Skriv adressen med https, till exempel https://tidningen.se.');
    expect((await core.handlers['sites.list']({})).sites).toEqual([]);
    core.close();
  });

  it('forgets the password with the site', async () => {
    const { core, dataDir } = makeCore();
    const site = await core.handlers['sites.save']({ name: 'Tidningen', address: 'tidningen.se', username: 'anna', password });
    await core.handlers['sites.remove']({ id: site.id });
    expect(filesContaining(dataDir, password)).toEqual([]);
    expect((await dispatch(core.handlers, 'sites.remove', { id: site.id })).ok).toBe(false);
    expect(await dispatch(core.handlers, 'sites.test', { id: site.id })).toMatchObject({ ok: false, error: { code: 'site_not_found' } });
    core.close();
  });

  it('records a failed connection test on the site, with its message', async () => {
    const { core } = makeCore();
    const address = `http://127.0.0.1:${await freePort()}`;
    const site = await core.handlers['sites.save']({ name: 'Stängd', address, username: 'anna', password });
    const tested = await dispatch(core.handlers, 'sites.test', { id: site.id });
    expect(tested).toMatchObject({ ok: false, error: { code: 'wp_unreachable' } });
    const [listed] = (await core.handlers['sites.list']({})).sites;
    expect(listed?.lastCheck).toMatchObject({
      ok: false,
      error: { code: 'wp_unreachable', message: { sv: expect.stringContaining(`Spalt når inte ${address}`) } },
    });
    core.close();
  });
});
