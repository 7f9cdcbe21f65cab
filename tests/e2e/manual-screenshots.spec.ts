/**
 * The handbook's pictures (docs/bilder/*.png), made from a real Spalt and a real WordPress:
 * Swedish articles, credited photos and a pending post are seeded through the interface, the
 * contract and the site's REST API, and each view is checked to show what the handbook says
 * before it is photographed. The suite writes the pictures among its own results; to renew the
 * handbook's, run it with SPALT_MANUAL_PICTURES=1.
 */
// WordPress suite: one version. The site is only a backdrop (a site to add, a post to
// review); the pictures are of Spalt's own views, the same against any WordPress.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { makePhoto, writeMetadata } from '../support/photo-fixtures';
import { bodyEditor, openSpalt, savedLine } from './fixtures';
import { call, importByApi } from './photos-support';
import type { Photo } from '../../shared/article/photo';
import { addSite, chooseMainPhoto, expect, openPublish, rest, test, writeArticle } from './publish-support';

const handbookPictures = fileURLToPath(new URL('../../docs/bilder/', import.meta.url));

/** Photographs the page as it stands, into the folder given. */
async function shoot(page: Page, folder: string, name: string): Promise<void> {
  // A blinking caret or a moving animation caught mid-way does not belong in the handbook.
  await page.screenshot({ path: join(folder, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** A generated photo with the credit and caption a photographer's camera or an agency embeds. */
async function newsroomPhoto(
  page: Page,
  spalt: Parameters<typeof importByApi>[1],
  dir: string,
  photo: { file: string; seed: number; byline: string; caption: string; alt: string; type: Photo['credit']['type'] },
): Promise<Photo> {
  const path = await makePhoto(join(dir, photo.file), { width: 1600, height: 1067, seed: photo.seed });
  await writeMetadata(path, { 'IPTC:By-line': photo.byline, 'IPTC:Caption-Abstract': photo.caption });
  const imported = await importByApi(page, spalt, path);
  return call<Photo>(page, spalt, 'photos.update', {
    id: imported.id,
    edit: { caption: photo.caption, alt: photo.alt, credit: { ...imported.credit, type: photo.type } },
  });
}

const articles = [
  {
    headline: 'Nya busslinjer till Hovsjö från januari',
    lead: 'Två nya linjer ska korta restiden till centrum med tio minuter.',
    byline: 'Anna Lind',
    body: 'Regionen har beslutat om två nya busslinjer mellan Hovsjö och Södertälje centrum.',
  },
  {
    headline: 'Skolan i Järna får ny idrottshall',
    lead: 'Bygget börjar i mars och hallen ska stå klar till höstterminen 2027.',
    byline: 'Metin Hawsho',
    body: 'Kommunfullmäktige sa i går ja till den nya idrottshallen vid Järna skola.',
  },
  {
    headline: 'Rekordmånga besökare på julmarknaden i Torekällberget',
    lead: 'Över 12 000 personer kom under helgen, enligt arrangörerna.',
    byline: 'Alexander Isa',
    body: 'Trots regnet var det kö till glöggen redan på lördagsförmiddagen.',
  },
];

test('the handbook’s pictures of the main views, each showing what the handbook says', async ({ page, spalt, wordpress }) => {
  test.setTimeout(120_000);
  // A run of the whole suite (twice, on both WordPress versions) leaves the committed pictures alone.
  const pictures = process.env.SPALT_MANUAL_PICTURES === '1' ? handbookPictures : test.info().outputPath('bilder');
  mkdirSync(pictures, { recursive: true });
  const photoDir = mkdtempSync(join(tmpdir(), 'spalt-manual-photos-'));
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSpalt(page, spalt);

    // Webbplatser: the newsroom's site, connected as an editor with an Application Password.
    await addSite(page, wordpress, 'Telge Nytt', 'editor');
    await page.getByRole('button', { name: 'Testa anslutningen till Telge Nytt' }).click();
    await expect(page.getByText('Inloggad som Editor (Redaktör)')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await expect(page.getByRole('heading', { name: 'Webbplatser', level: 1 })).toBeInViewport();
    await shoot(page, pictures, 'webbplatser');

    // Bilder: credited photos, as the handbook's photo section describes them.
    await newsroomPhoto(page, spalt, photoDir, {
      file: 'bron.jpg',
      seed: 11,
      byline: 'Shamash Oyal',
      caption: 'Den nya gång- och cykelbron över kanalen',
      alt: 'Cyklister på en bro över en kanal i kvällsljus',
      type: 'staff',
    });
    await newsroomPhoto(page, spalt, photoDir, {
      file: 'marknad.jpg',
      seed: 12,
      byline: 'Åsa Öberg',
      caption: 'Julmarknaden i Torekällberget',
      alt: 'Människor i vinterkläder bland marknadsstånd',
      type: 'freelance',
    });
    await newsroomPhoto(page, spalt, photoDir, {
      file: 'hall.jpg',
      seed: 13,
      byline: 'TT',
      caption: 'En idrottshall under bygge',
      alt: 'Byggställningar kring en halvfärdig hall',
      type: 'agency',
    });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bilder' }).click();
    await expect(page.getByRole('heading', { name: 'Bilder', level: 1 })).toBeVisible();
    await expect(page.getByText('Foto: Shamash Oyal').first()).toBeVisible();
    await shoot(page, pictures, 'bilder');

    // Artiklar: a few of the week's articles.
    for (const article of articles) await writeArticle(page, spalt, article);

    // The article editor with a main photo and two newsroom blocks.
    await writeArticle(page, spalt, {
      headline: 'Ny gång- och cykelbro över kanalen',
      lead: 'Bron ska stå klar sommaren 2027 och kosta 42 miljoner kronor.',
      byline: 'Anna Lind',
      body: 'Kommunen bygger en ny bro över Södertälje kanal, mellan Maren och Brunnsäng.',
    });
    await chooseMainPhoto(page, 'Den nya gång- och cykelbron');
    await bodyEditor(page).press('End');
    await bodyEditor(page).press('Enter');
    await page.getByRole('button', { name: 'Infoga', exact: true }).click();
    await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Citatpuff' }).click();
    await page.getByRole('textbox', { name: 'Citattext' }).fill('Äntligen slipper vi omvägen över slussen');
    await page.getByRole('textbox', { name: 'Citerad person' }).fill('Eva Nilsson, pendlare');
    await page.getByRole('button', { name: 'Infoga', exact: true }).click();
    await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Faktaruta' }).click();
    await page.getByRole('textbox', { name: 'Faktarutans titel' }).fill('Bron i siffror');
    // Each fact is a line of the box's list, typed where it shows; Enter at its end starts the next.
    const facts = ['Längd: 120 meter', 'Kostnad: 42 miljoner kronor', 'Klar: sommaren 2027'];
    for (const [index, fact] of facts.entries()) {
      const field = page.getByRole('textbox', { name: `Faktapunkt ${index + 1}` });
      await field.fill(fact);
      if (index < facts.length - 1) {
        await field.press('End');
        await field.press('Enter');
      }
    }
    await expect(savedLine(page)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Ny gång- och cykelbro över kanalen');
    await expect(page.getByRole('region', { name: 'Huvudbild' }).getByText('Foto: Shamash Oyal')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, pictures, 'artikel');
    const factBoxTitle = page.getByRole('textbox', { name: 'Faktarutans titel' });
    await factBoxTitle.scrollIntoViewIfNeeded();
    await expect(page.getByRole('textbox', { name: 'Citattext' })).toBeInViewport();
    await expect(factBoxTitle).toBeInViewport();
    await shoot(page, pictures, 'artikel-block');

    // Publicera: the dialog with the site, the action and the photos that go with it.
    const dialog = await openPublish(page);
    await expect(dialog.getByRole('radio', { name: 'Publicera nu' })).toBeEnabled();
    await expect(dialog.getByRole('radio', { name: 'Skicka till granskning' })).toBeVisible();
    await shoot(page, pictures, 'publicera');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: 'Tillbaka till artiklar' }).click();
    await expect(page.getByRole('heading', { name: 'Artiklar', level: 1 })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Ny gång- och cykelbro över kanalen' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: articles[0]!.headline })).toBeVisible();
    await shoot(page, pictures, 'bibliotek');

    // Att granska: a journalist's submission waiting on the site for an editor.
    const submitted = 'Föreningslivet i Ronna får egen lokal';
    await rest(wordpress, '/wp/v2/posts', {
      method: 'POST',
      as: 'contributor',
      body: {
        title: submitted,
        status: 'pending',
        content:
          '<!-- wp:paragraph --><p>Efter tre års väntan får föreningarna i Ronna en gemensam lokal i det gamla bibliotekshuset.</p><!-- /wp:paragraph -->',
      },
    });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att granska' }).click();
    const queue = page.getByRole('table', { name: 'Inskickat på Telge Nytt' });
    await expect(queue.getByRole('row').filter({ hasText: submitted })).toBeVisible();
    await shoot(page, pictures, 'granskning');

    // Inställningar: language, your name, the newsroom's rules, and where the data lives.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await expect(page.getByRole('heading', { name: 'Inställningar', level: 1 })).toBeVisible();
    await page.getByRole('textbox', { name: 'Ditt namn' }).fill('Anna Lind');
    await page.getByRole('textbox', { name: 'Ditt namn' }).press('Enter');
    await expect(page.getByText(spalt.dataDir, { exact: true })).toBeVisible();
    await shoot(page, pictures, 'installningar');

    // Säkerhetskopiera nu: the backup made while Spalt runs, with where it went.
    const backup = page.getByRole('region', { name: 'Säkerhetskopia' });
    await backup.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    await expect(backup.getByRole('status')).toHaveText(/^Säkerhetskopian är sparad i .+ \(.+, \d+ bildfiler\)\.$/);
    await backup.scrollIntoViewIfNeeded();
    await shoot(page, pictures, 'sakerhetskopia');
  } finally {
    rmSync(photoDir, { recursive: true, force: true });
  }
});
