/**
 * The editors' loop through the interface: a journalist (Contributor) and an editor (Editor),
 * each with a Spalt of their own (own data folder, own browser context), on one WordPress. The
 * journalist submits (never offered "Publicera nu"); the editor finds the post in "Att granska",
 * opens it and returns it with a note on one paragraph; the journalist sees the note beside that
 * paragraph, answers, edits and resubmits; the editor opens it again and schedules it for 05:00
 * tomorrow, Stockholm time; the journalist's library shows it scheduled at that time. The site
 * holds one post throughout. axe scans the editor's queue and return form and the journalist's
 * note on the way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDateTime, newsroomDate, stockholmToInstant } from '../../shared/format/date';
import { startSpaltProcess } from '../support/spalt-process';
import { expectAccessible, scansWith } from './axe-support';
import { bodyEditor, caretAfter, createArticle, openSpalt, savedLine } from './fixtures';
import { addSite, expect, expectAllStepsDone, openPublish, postsMatching, test } from './publish-support';

const headline = 'Ny gång- och cykelbro över kanalen';
const paragraphs = [
  'Kommunen bygger en ny bro över Södertälje kanal.',
  'Bron kostar 40 miljoner kronor enligt kommunen.',
  'Arbetet börjar i mars.',
];
const note = 'Stämmer 40 miljoner? Kolla mot beslutet.';
const answer = 'Kollat, det är 42 miljoner. Rättat.';

/** The posts with the article's headline (the companion drafts of notes on a site before 6.9 aside). */
async function articlePosts(wordpress: Parameters<typeof postsMatching>[0]) {
  return (await postsMatching(wordpress, 'cykelbro')).filter((found) => found.title.raw === headline);
}

async function writeSubmission(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar' }).click();
  await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill(headline);
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Bygget börjar i vår.');
  await page.getByRole('button', { name: 'Lägg till byline' }).click();
  await page.getByRole('combobox', { name: 'Namn' }).fill('Anna Lind');
  await bodyEditor(page).click();
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
  await expect(savedLine(page)).toBeVisible();
}

test('a Contributor submits, an Editor returns it with a note, the journalist answers and resubmits, the Editor schedules it: one post', async ({
  page,
  spalt,
  wordpress,
  browser,
}) => {
  test.setTimeout(150_000);
  const workflow = page.getByRole('region', { name: 'Granskning' });

  // The journalist, as Contributor: never offered publishing, submits for review.
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'contributor');
  await writeSubmission(page);
  let dialog = await openPublish(page);
  await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'Schemalägg' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Skicka till granskning', exact: true }).click();
  await expectAllStepsDone(dialog);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(workflow.getByRole('status')).toHaveText('Granskas');
  await expect(workflow.getByRole('button', { name: 'Dra tillbaka' })).toBeVisible();
  await expect(
    workflow.getByText('Bara en redaktör kan skicka tillbaka artikeln med anteckningar; din roll på Telge Nytt är Medarbetare.'),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('note')).toHaveText(
    'Att granska finns för redaktörer: din roll på Telge Nytt är Medarbetare, som inte får ändra andras inlägg.',
  );
  if (scansWith(wordpress))
    await expectAccessible(page, 'the journalist’s submitted article, the menu saying why there is no review queue');
  const [post, ...others] = await articlePosts(wordpress);
  expect(others).toEqual([]);
  expect(post?.status).toBe('pending');

  // The editor, in a Spalt and a browser of their own.
  const editorDir = mkdtempSync(join(tmpdir(), 'spalt-e2e-editor-'));
  const editorServer = await startSpaltProcess(editorDir);
  const editorContext = await browser.newContext();
  try {
    const desk = await editorContext.newPage();
    await desk.goto(editorServer.url);
    await addSite(desk, wordpress, 'Telge Nytt', 'editor');
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att granska' }).click();
    const queue = desk.getByRole('table', { name: 'Inskickat på Telge Nytt' });
    const row = queue.getByRole('row').filter({ hasText: headline });
    await expect(row.getByRole('cell')).toHaveText([
      headline,
      'Contributor',
      'Nyhet',
      /^\d{1,2} \p{L}+ \d{4} \d{2}:\d{2}$/u,
      /^\d+ ord$/,
      'Klar',
      'Öppna',
    ]);
    await expect(desk.getByText(/^Senast hämtad \d{1,2} \p{L}+ \d{4} \d{2}:\d{2}/u)).toBeVisible();
    if (scansWith(wordpress)) await expectAccessible(desk, 'review queue with a submission');
    await row.getByRole('button', { name: `Öppna ”${headline}”` }).click();
    await expect(desk.getByRole('textbox', { name: 'Rubrik' })).toHaveValue(headline);
    const deskWorkflow = desk.getByRole('region', { name: 'Granskning' });
    await expect(deskWorkflow.getByRole('status')).toHaveText('Granskas');
    await expect(deskWorkflow.getByRole('button', { name: 'Dra tillbaka' })).toHaveCount(0);
    await deskWorkflow.getByRole('button', { name: 'Skicka tillbaka med anteckningar' }).click();
    await deskWorkflow.getByRole('textbox', { name: `Anteckning till stycke 2: ”${paragraphs[1]}”` }).fill(note);
    if (scansWith(wordpress)) await expectAccessible(desk, 'the editor’s article in review, returning it with notes');
    await deskWorkflow.getByRole('button', { name: 'Skicka tillbaka', exact: true }).click();
    await expect(deskWorkflow.getByRole('status')).toHaveText('Återsänd');
    await expect.poll(async () => (await articlePosts(wordpress)).map((found) => found.status)).toEqual(['draft']);

    // The journalist sees the note on that paragraph, answers it, edits and resubmits.
    await workflow.getByRole('button', { name: 'Hämta från webbplatsen' }).click();
    await expect(workflow.getByRole('status')).toHaveText('Återsänd');
    await page.getByRole('button', { name: 'Historik' }).click();
    const history = page.getByRole('dialog', { name: `Historik: ${headline}` });
    const revisions = history.getByRole('group', { name: 'Sparade versioner' });
    await expect(revisions.getByRole('radio', { name: /Återsänd av Editor/ })).toBeVisible();
    await history.getByRole('button', { name: 'Stäng' }).click();
    // The note stands in the margin beside its paragraph (the window is wide); the panel counts it.
    const thread = page.getByRole('article', { name: `Anteckning om stycke 2: ”${paragraphs[1]}”`, exact: true });
    await expect(thread.getByRole('paragraph').filter({ hasText: note })).toBeVisible();
    await expect(workflow).toContainText('1 anteckning står i marginalen bredvid sitt stycke.');
    await expect(thread.getByRole('button', { name: `Stycke 2: ”${paragraphs[1]}”` })).toBeVisible();
    if (scansWith(wordpress)) await expectAccessible(page, 'the journalist’s returned article, the note beside its paragraph');
    await thread.getByRole('button', { name: `Stycke 2: ”${paragraphs[1]}”` }).click();
    await expect(bodyEditor(page)).toBeFocused();
    await thread.getByRole('textbox', { name: 'Svar till Editor' }).fill(answer);
    await thread.getByRole('button', { name: 'Svara' }).click();
    await expect(thread.getByRole('paragraph').filter({ hasText: answer })).toBeVisible();
    await expect(thread.getByRole('textbox', { name: 'Svar till Editor' })).toHaveValue('');
    await expect(thread.getByText('väntar på att skickas')).toHaveCount(0);
    await caretAfter(page, bodyEditor(page).getByText(paragraphs[1]!), 'End', paragraphs[1]!);
    await page.keyboard.type(' Summan är 42 miljoner.');
    await expect(savedLine(page)).toBeVisible();
    dialog = await openPublish(page);
    await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeDisabled();
    await dialog.getByRole('radio', { name: 'Skicka till granskning' }).check();
    await dialog.getByRole('button', { name: 'Skicka till granskning', exact: true }).click();
    await expectAllStepsDone(dialog);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect(workflow.getByRole('status')).toHaveText('Granskas');

    // The editor opens it again (the same article), reads the answer, schedules it for 05:00 tomorrow.
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att granska' }).click();
    await desk.getByRole('button', { name: 'Uppdatera' }).click();
    await queue
      .getByRole('row')
      .filter({ hasText: headline })
      .getByRole('button', { name: `Öppna ”${headline}”` })
      .click();
    await expect(bodyEditor(desk)).toContainText('Summan är 42 miljoner.');
    await expect(
      desk
        // Named by the paragraph's first words as they read now, the journalist's addition too.
        .getByRole('article', { name: `Anteckning om stycke 2: ”${paragraphs[1]} Summan …”`, exact: true })
        .getByRole('paragraph')
        .filter({ hasText: answer }),
    ).toBeVisible();
    const at = `${newsroomDate(Date.now() + 24 * 60 * 60 * 1000)}T05:00`;
    const shown = formatDateTime(stockholmToInstant(at)!);
    const deskDialog = await openPublish(desk);
    await deskDialog.getByRole('radio', { name: 'Schemalägg' }).check();
    await deskDialog.getByLabel('Datum och tid (svensk tid)').fill(at);
    await deskDialog.getByRole('button', { name: 'Schemalägg', exact: true }).click();
    await expectAllStepsDone(deskDialog);
    await expect(deskDialog.getByRole('status').filter({ hasText: `Schemalagd på Telge Nytt till ${shown}.` })).toBeVisible();
    await deskDialog.getByRole('button', { name: 'Stäng' }).click();
  } finally {
    await editorContext.close();
    await editorServer.stop();
    rmSync(editorDir, { recursive: true, force: true });
  }

  // The journalist's library shows it scheduled, in Swedish, at 05:00 Stockholm time.
  const at = `${newsroomDate(Date.now() + 24 * 60 * 60 * 1000)}T05:00`;
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Artiklar' }).click();
  const libraryRow = page.getByRole('row').filter({ hasText: headline });
  await expect(libraryRow).toContainText(`Schemalagd ${formatDateTime(stockholmToInstant(at)!)}`);
  if (scansWith(wordpress)) await expectAccessible(page, 'the library with an article scheduled on the site');
  expect(spalt.readDatabase((db) => db.prepare(`SELECT state, scheduled_gmt FROM workflow_states`).all())).toEqual([
    { state: 'scheduled', scheduled_gmt: stockholmToInstant(at)!.toISOString() },
  ]);

  // One post on the site, scheduled, still the journalist's.
  const onSite = await articlePosts(wordpress);
  expect(onSite.map((found) => ({ id: found.id, status: found.status, author: found.author }))).toEqual([
    { id: post!.id, status: 'future', author: wordpress.users.contributor.id },
  ]);
});

test('in English: an Author is told why there is no review queue, and an editor’s site has one', async ({ page, spalt, wordpress }) => {
  await openSpalt(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'author');
  await page.getByRole('button', { name: 'Testa anslutningen till Telge Nytt' }).click();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('note')).toHaveText(
    'Att granska finns för redaktörer: din roll på Telge Nytt är Författare, som inte får ändra andras inlägg.',
  );
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('note')).toHaveText(
    'To review is for editors: your role on Telge Nytt is Author, which may not edit others’ posts.',
  );
  await expect(nav.getByRole('link', { name: 'To review' })).toHaveCount(0);

  await addSiteInEnglish(page, wordpress, 'Redaktionen');
  await nav.getByRole('link', { name: 'To review' }).click();
  await expect(page.getByRole('heading', { name: 'To review', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Submitted on Telge Nytt' }).getByRole('note')).toHaveText(
    'Your role on Telge Nytt is Author. Only editors and administrators can review others’ articles.',
  );
  const desk = page.getByRole('region', { name: 'Submitted on Redaktionen' });
  await expect(desk.getByText(/^Last fetched \d{1,2} [A-Za-z]+ \d{4} \d{2}:\d{2}/)).toBeVisible();
  await expect(desk.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  if (scansWith(wordpress)) await expectAccessible(page, 'the review queue in English, one site’s role refused', ['light']);
});

/** The Sites form in English, with the Editor's Application Password. */
async function addSiteInEnglish(page: Page, wordpress: Parameters<typeof addSite>[1], name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sites' }).click();
  const form = page.getByRole('form', { name: 'Add a site' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByRole('textbox', { name: 'Address' }).fill(wordpress.url);
  await form.getByRole('textbox', { name: 'User name' }).fill(wordpress.users.editor.username);
  await form.getByLabel('Application Password').fill(wordpress.users.editor.applicationPassword);
  await form.getByRole('button', { name: 'Save the site' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${name}” is saved` })).toBeVisible();
}
