/**
 * A host that drops the Authorization header before PHP sees it (Apache with PHP as CGI, or a
 * firewall in front): the real WordPress gets no login, and "Testa anslutningen" says what the
 * handbook tells the IT person to recognise, the wrong-password message, while the same
 * password through a host that passes the header logs in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testConnection } from '../../main/publish/connection';
import { WordPressClient } from '../../main/publish/wordpress/client';
import type { FetchFunction } from '../../main/publish/wordpress/http';
import { startWordPress, type WordPressSite } from '../wordpress/site';

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress();
});

afterAll(async () => {
  await site?.stop();
});

/** What such a host does to every request on its way to WordPress. */
const strippingHost: FetchFunction = (input, init) => {
  const headers = new Headers(init.headers);
  headers.delete('authorization');
  return fetch(input, { ...init, headers });
};

it('answers a stripped Authorization header with the wrong-password message, and the same password works where it arrives', async () => {
  const { username, applicationPassword } = site.users.editor;
  const stripped = new WordPressClient({ address: site.url, username, password: applicationPassword, fetch: strippingHost });
  const error = await testConnection(stripped, '').then(
    () => null,
    (caught: { code?: string; status?: number; messages?: { sv: string } }) => caught,
  );
  expect(error?.code).toBe('wp_login_failed');
  expect(error?.status).toBe(401);
  expect(error?.messages?.sv).toBe(
    `WordPress på ${site.url} godtog inte användarnamnet ”${username}” med det applikationslösenordet. Kontrollera användarnamnet och klistra in ett applikationslösenord (inte ditt vanliga lösenord); skapa vid behov ett nytt under Användare → Profil → Applikationslösenord.`,
  );

  const passed = new WordPressClient({ address: site.url, username, password: applicationPassword });
  expect((await testConnection(passed, '')).user.roles).toContain('editor');
});
