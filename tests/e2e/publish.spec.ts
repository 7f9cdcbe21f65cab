/**
 * Publishing through the dialog to a real WordPress (tests/wordpress): the checklist gating the
 * publish, an editor publishing now with a photo, categories and tags (and again once the post
 * went to the site's trash, which stops with what to do), a schedule in Stockholm time (winter
 * and summer) into the same post, and a contributor who may only submit for review.
 */
import { mediaMarker } from '../../main/publish/wordpress/markers';
import { expectAccessible, scansWith } from './axe-support';
import { openSpalt } from './fixtures';
import {
  addSite,
  chooseMainPhoto,
  creditedPhoto,
  ensureTerm,
  expect,
  expectAllStepsDone,
  openPublish,
  postBySlug,
  postsMatching,
  rest,
  test,
  writeArticle,
} from './publish-support';

// One WordPress for this worker; the tests take their turns on it.
test.describe.configure({ mode: 'default' });

test('an editor publishes now: the checklist gates it, a photo, categories and tags go along, the steps finish and the post is on the site; once it is in the site’s trash, publishing again fails in words', async ({
  page,
  spalt,
  wordpress,
}) => {
  test.setTimeout(90_000);
  const news = await ensureTerm(wordpress, 'categories', 'Nyheter');
  await ensureTerm(wordpress, 'tags', 'Södertälje');
  const alt = 'Resenärer väntar på pendeltåget vid Södertälje syd';
  await openSpalt(page, spalt);
  const photo = await creditedPhoto(page, spalt, alt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  const headline = 'Stor insats vid anstalten Hall';
  const body = 'Ambulanshelikopter landade vid lunchtid.';
  await writeArticle(page, spalt, { headline, body, byline: 'Alexander Isa' });

  // Without a lead the checklist blocks the publish, and its error leads back to the field.
  let dialog = await openPublish(page);
  await expect(dialog.getByText('Webbplats: Telge Nytt')).toBeVisible();
  const checklist = dialog.getByRole('region', { name: 'Kontrollista' });
  await expect(checklist.getByRole('alert')).toHaveText(/Checklistan visar 1 fel/);
  await expect(dialog.getByRole('button', { name: 'Publicera', exact: true })).toBeDisabled();
  await expect(dialog.getByText('Rätta felen i checklistan först.')).toBeVisible();
  await checklist.getByRole('button', { name: 'Fel: Ingress saknas.' }).click();
  await expect(dialog).toBeHidden();
  const leadField = page.getByRole('textbox', { name: 'Ingress' });
  await expect(leadField).toBeFocused();
  const lead = 'En omfattande polisinsats pågick under förmiddagen.';
  await leadField.fill(lead);
  await chooseMainPhoto(page, photo.caption);

  dialog = await openPublish(page);
  await expect(dialog.getByRole('region', { name: 'Kontrollista' })).toContainText('Checklistan är klar.');
  await expect(dialog.getByText('Du publicerar som Editor (Redaktör).')).toBeVisible();
  await expect(dialog.getByText('1 av 1 bild laddas upp.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Schemalägg' })).toBeEnabled();
  await expect(dialog.getByRole('textbox', { name: 'Adress (slug)' })).toHaveValue('stor-insats-vid-anstalten-hall');

  await dialog.getByRole('checkbox', { name: 'Nyheter' }).check();
  await dialog.getByRole('textbox', { name: 'Ny kategori' }).fill('Blåljus');
  await dialog.getByRole('button', { name: 'Lägg till kategorin' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Blåljus (ny)' })).toBeChecked();
  const tagField = dialog.getByRole('textbox', { name: 'Taggar' });
  await tagField.fill('söder');
  await dialog.getByRole('list', { name: 'Förslag på taggar' }).getByRole('button', { name: 'Södertälje' }).click();
  await tagField.fill('Anstalten Hall');
  await tagField.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Valda taggar' }).getByRole('listitem')).toHaveText([
    /^Södertälje/,
    /^Anstalten Hall \(ny\)/,
  ]);
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog ready, categories and tags chosen', ['light']);

  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Förlopp' }).getByRole('heading')).toHaveText('Publicerar på Telge Nytt');
  await expectAllStepsDone(dialog);
  const outcome = dialog.getByRole('status').filter({ hasText: 'Publicerad på Telge Nytt.' });
  await expect(outcome).toBeVisible();
  const link = outcome.getByRole('link', { name: 'Visa på webbplatsen' });
  await expect(link).toHaveAttribute('target', '_blank');
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog, every step done and the post out');

  // On the site, read back as the editor sees it in WordPress.
  const post = await postBySlug(wordpress, 'stor-insats-vid-anstalten-hall');
  await expect(link).toHaveAttribute('href', post.link);
  expect(post.status).toBe('publish');
  expect(post.title.raw).toBe(headline);
  expect(post.excerpt.raw).toBe(lead);
  expect(post.content.raw).toContain(body);
  const categories = await rest<Array<{ id: number; name: string }>>(wordpress, `/wp/v2/categories?include=${post.categories.join(',')}`);
  expect(categories.map((c) => c.name).sort()).toEqual(['Blåljus', 'Nyheter']);
  expect(post.categories).toContain(news);
  const tags = await rest<Array<{ name: string }>>(wordpress, `/wp/v2/tags?include=${post.tags.join(',')}`);
  expect(tags.map((t) => t.name).sort()).toEqual(['Anstalten Hall', 'Södertälje']);
  expect(post.featured_media).toBeGreaterThan(0);
  const media = await rest<{ alt_text: string }>(wordpress, `/wp/v2/media/${post.featured_media}?context=edit`);
  expect(media.alt_text).toBe(alt);

  await dialog.getByRole('button', { name: 'Stäng' }).click();
  const status = page.getByRole('list', { name: 'Webbplatser' });
  await expect(status).toHaveText('Publicerad på Telge Nytt · Visa på webbplatsen');
  await expect(status.getByRole('link', { name: 'Visa på webbplatsen' })).toHaveAttribute('href', post.link);
  if (scansWith(wordpress)) await expectAccessible(page, 'the article, where it is published beside it', ['light']);

  // Someone moves the post to the trash on the site: publishing again stops and says what to do.
  await rest(wordpress, `/wp/v2/posts/${post.id}`, { method: 'DELETE' });
  dialog = await openPublish(page);
  await dialog.getByRole('button', { name: 'Publicera', exact: true }).click();
  const failed = dialog.getByRole('region', { name: 'Förlopp' }).getByRole('alert');
  await expect(failed).toHaveText(
    new RegExp(
      `^Publiceringen misslyckades\\.\\s*Inlägget \\(${post.id}\\) finns inte längre på .+; det har raderats eller ligger i papperskorgen\\.`,
    ),
    { timeout: 30_000 },
  );
  await expect(dialog.getByRole('button', { name: 'Försök igen' })).toBeVisible();
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog, the publish failed');
});

test('schedules for 05:00 Stockholm time in winter, then moves it to summer: status future, date_gmt right, the same post', async ({
  page,
  spalt,
  wordpress,
}) => {
  const year = new Date().getFullYear() + 1;
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await writeArticle(page, spalt, {
    headline: 'Nattåget till Narvik börjar gå',
    lead: 'Trafiken börjar i vinter.',
    body: 'Biljetter säljs från måndag.',
    byline: 'Helen Shabo',
  });

  const dialog = await openPublish(page);
  await dialog.getByRole('radio', { name: 'Schemalägg' }).check();
  const when = dialog.getByLabel('Datum och tid (svensk tid)');
  await expect(when).toHaveAccessibleDescription('Tiden gäller i Sverige (Europe/Stockholm), var du än befinner dig.');
  await when.fill(`${year}-01-15T05:00`);
  await dialog.getByRole('button', { name: 'Schemalägg', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: `Schemalagd på Telge Nytt till 15 januari ${year} 05:00.` })).toBeVisible();
  const winter = await postBySlug(wordpress, 'nattaget-till-narvik-borjar-ga');
  expect(winter.status).toBe('future');
  expect(winter.date_gmt).toBe(`${year}-01-15T04:00:00`);

  // "Publicera igen" from the finished job: summer time is UTC+2.
  await dialog.getByRole('button', { name: 'Publicera igen' }).click();
  await expect(dialog.getByText('Artikeln finns redan på webbplatsen; samma inlägg uppdateras.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Schemalägg' }).check();
  await dialog.getByLabel('Datum och tid (svensk tid)').fill(`${year}-07-15T05:00`);
  await dialog.getByRole('button', { name: 'Schemalägg', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: `Schemalagd på Telge Nytt till 15 juli ${year} 05:00.` })).toBeVisible({
    timeout: 30_000,
  });
  const summer = await postBySlug(wordpress, 'nattaget-till-narvik-borjar-ga');
  expect(summer.id).toBe(winter.id);
  expect(summer.status).toBe('future');
  expect(summer.date_gmt).toBe(`${year}-07-15T03:00:00`);

  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('list', { name: 'Webbplatser' })).toHaveText(
    `Schemalagd på Telge Nytt till 15 juli ${year} 05:00 · Visa på webbplatsen`,
  );
});

test('a contributor is not offered "Publicera nu"; review makes a pending post, its photo beside it in a companion draft, never media', async ({
  page,
  spalt,
  wordpress,
}) => {
  await openSpalt(page, spalt);
  const photo = await creditedPhoto(page, spalt, 'Väntande resenärer på perrongen en regnig morgon');
  await addSite(page, wordpress, 'Bidrag', 'contributor');
  await writeArticle(page, spalt, {
    headline: 'Fler bussar till Hovsjö',
    lead: 'SL utökar trafiken.',
    body: 'Linje 754 går oftare.',
    byline: 'Metin Hawsho',
  });
  await chooseMainPhoto(page, photo.caption);

  const dialog = await openPublish(page);
  await expect(dialog.getByText('Du publicerar som Contributor (Medarbetare).')).toBeVisible();
  for (const name of ['Publicera nu', 'Schemalägg']) {
    const radio = dialog.getByRole('radio', { name });
    await expect(radio).toBeDisabled();
    await expect(radio).toHaveAccessibleDescription('Din roll (Medarbetare) får inte publicera eller schemalägga; skicka till granskning.');
  }
  await expect(dialog.getByRole('radio', { name: 'Skicka till granskning' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Ny kategori' })).toHaveCount(0);
  await expect(dialog.getByText('Din roll får inte skapa kategorier; välj bland webbplatsens.')).toBeVisible();
  await expect(
    dialog.getByText(
      'Din roll får inte ladda upp bilder: de skickas med granskningen, och redaktören som godkänner artikeln laddar upp dem.',
    ),
  ).toBeVisible();
  if (scansWith(wordpress)) await expectAccessible(page, 'the publish dialog for a contributor, who may only submit', ['light']);

  // An earlier test on this site may have published the same file: the submission adds no media of its own.
  const mediaBefore = await rest<unknown[]>(wordpress, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`);
  await dialog.getByRole('button', { name: 'Skicka till granskning', exact: true }).click();
  await expectAllStepsDone(dialog);
  await expect(dialog.getByRole('status').filter({ hasText: 'Skickad till granskning på Bidrag.' })).toBeVisible();
  // WordPress gives a post awaiting review no address name yet: found by its words (the photo's companion draft aside).
  const [post, ...others] = (await postsMatching(wordpress, 'Hovsjö')).filter((found) => !found.slug.startsWith('spalt-photo-'));
  expect(others).toEqual([]);
  expect(post?.status).toBe('pending');
  expect(post?.author).toBe(wordpress.users.contributor.id);
  expect(post?.title.raw).toBe('Fler bussar till Hovsjö');
  // The photo is beside the post, never in the media library.
  expect(await rest<unknown[]>(wordpress, `/wp/v2/media?slug=${mediaMarker(photo.hash)}`)).toEqual(mediaBefore);
  const companions = await rest<Array<{ slug: string; status: string }>>(
    wordpress,
    `/wp/v2/posts?search=spalt-photo-${post!.id}-&status=draft&context=edit`,
  );
  expect(companions.map((companion) => companion.status)).toEqual(['draft']);
});

test('the dialog and the queue speak English when chosen', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'author');
  await writeArticle(page, spalt, {
    headline: 'Hamnen får ny kaj',
    lead: 'Bygget tar två år.',
    body: 'Kajen blir 300 meter lång.',
    byline: 'Helen Shabo',
  });
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await page.goBack();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog.getByText('You publish as Author (Author).')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Publish now' })).toBeChecked();
  await expect(dialog.getByText('Your role may not create categories; choose among the site’s.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Save as a draft on the site' }).check();
  await dialog.getByRole('button', { name: 'Save as draft' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved as a draft on Telge Nytt.' })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Publishing queue' }).click();
  const row = page.getByRole('table', { name: 'Publishes' }).getByRole('row', { name: /Hamnen får ny kaj/ });
  await expect(row.getByRole('cell')).toHaveText([
    'Telge Nytt',
    'Save as a draft on the site',
    'Done',
    'Done',
    /\d{4}/,
    'View on the site',
    '',
  ]);
  expect((await postBySlug(wordpress, 'hamnen-far-ny-kaj')).status).toBe('draft');
});
