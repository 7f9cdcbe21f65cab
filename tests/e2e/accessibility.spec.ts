/**
 * axe-core on every view and every dialog, in the light and the dark theme: no critical and no
 * serious violation. The whole page is scanned each time, so a dialog is judged with what is
 * around it. A failure names each rule, its help text and the elements it found.
 */
// WordPress suite: one version. The site is only a backdrop (a site to add, a post to
// review); axe reads Spalt's own views and dialogs, the same against any WordPress.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, holdSaves, openSpalt, type SpaltServer } from './fixtures';
import { addSite, creditedPhoto, test } from './publish-support';

type Theme = 'light' | 'dark';

/** The critical and serious findings on the page as it is now, one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id} (${violation.help}): ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
      ),
    );
}

/** Scans the page in each theme asked for; the test goes on to the next view and fails at its end with every finding. */
async function expectAccessible(page: Page, what: string, themes: readonly Theme[] = ['light', 'dark']): Promise<void> {
  const found: string[] = [];
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    found.push(...(await seriousViolations(page)).map((line) => `${what}, ${theme}: ${line}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect.soft(found, found.join('\n\n')).toEqual([]);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** An article with a headline, text, a subheading, a link and newsroom blocks, left in the editor. */
async function articleWithBlocks(page: Page): Promise<string> {
  const id = await createArticle(page);
  await page.getByRole('textbox', { name: 'Rubrik' }).fill('Bron stängs i helgen');
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Trafiken leds om via Saltsjöbron.');
  await bodyEditor(page).click();
  await page.keyboard.type('Bron stängs från fredag kväll.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Alt+Digit2');
  await page.keyboard.type('Omledning');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bussarna går en annan väg.');
  for (const key of ['P', 'F', 'L', 'U', 'N', 'R', 'S']) {
    await bodyEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press(`Shift+Alt+Key${key}`);
  }
  await expect(bodyEditor(page).getByRole('group', { name: 'Signatur' })).toBeVisible();
  return id;
}

async function seed(page: Page, spalt: SpaltServer): Promise<void> {
  await openSpalt(page, spalt);
  await creditedPhoto(page, spalt, 'Bron sedd från kajen');
  await articleWithBlocks(page);
}

test('every view has no critical or serious axe finding, in the light and the dark theme', async ({ page, spalt, wordpress }) => {
  test.setTimeout(120_000);
  await seed(page, spalt);
  await expectAccessible(page, 'article editor with blocks');

  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await expectAccessible(page, 'sites');

  const views = [
    ['Artiklar', 'library'],
    ['Bilder', 'photos'],
    ['Personer', 'people'],
    ['Publiceringskö', 'outbox'],
    ['Rättelser', 'corrections'],
    ['Papperskorg', 'trash'],
    ['Inställningar', 'settings'],
    ['Att granska', 'review queue'],
  ] as const;
  for (const [link, what] of views) {
    await nav(page).getByRole('link', { name: link }).click();
    await expect(nav(page).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, what);
  }

  // A photo's own page, with its credit form.
  await nav(page).getByRole('link', { name: 'Bilder' }).click();
  await page.getByRole('grid', { name: 'Bilder i biblioteket' }).getByRole('button').first().click();
  await expect(page.getByRole('textbox', { name: 'Alternativtext' })).toHaveValue('Bron sedd från kajen');
  await expectAccessible(page, 'photo detail');
});

test('every dialog has no critical or serious axe finding', async ({ page, spalt, wordpress }) => {
  test.setTimeout(120_000);
  await seed(page, spalt);
  await addSite(page, wordpress, 'Telge Nytt', 'editor');
  await nav(page).getByRole('link', { name: 'Artiklar' }).click();
  await page.getByRole('link', { name: 'Bron stängs i helgen' }).click();
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Bron stängs i helgen');

  await bodyEditor(page).getByText('Bron stängs från fredag kväll.').click();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Infoga länk' })).toBeVisible();
  await expectAccessible(page, 'link dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Infoga', exact: true }).click();
  await expectAccessible(page, 'Infoga menu', ['light']);
  await page.getByRole('menu', { name: 'Infoga block' }).getByRole('menuitem', { name: 'Bild' }).click();
  await expect(page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' })).toBeVisible();
  await expectAccessible(page, 'photo picker');
  await page.getByRole('dialog', { name: 'Infoga bild ur bildbiblioteket' }).getByRole('button', { name: 'Avbryt' }).click();

  await page.getByRole('button', { name: 'Historik' }).click();
  await expect(page.getByRole('dialog', { name: /Historik/ })).toBeVisible();
  await expectAccessible(page, 'history dialog');
  await page.keyboard.press('Escape');

  // With something in the way: the checklist's items in the dialog jump to their places.
  await page.getByRole('textbox', { name: 'Ingress' }).fill('');
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  const publish = page.getByRole('dialog', { name: 'Publicera' });
  await expect(publish.getByRole('button', { name: 'Fel: Ingress saknas.' })).toBeVisible();
  await expectAccessible(page, 'publish dialog');
  await page.keyboard.press('Escape');

  await nav(page).getByRole('link', { name: 'Webbplatser' }).click();
  await page.getByRole('button', { name: 'Ta bort Telge Nytt' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectAccessible(page, 'confirm dialog');
});

/** WCAG's contrast ratio of two colours as getComputedStyle gives them ("rgb(…)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

// The page's own classes, used inside evaluate; this project is typed for Node, not the DOM.
interface PageElement {
  parentElement: PageElement | null;
}
declare const document: { activeElement: PageElement | null };
declare function getComputedStyle(element: PageElement): { outlineColor: string; outlineStyle: string; backgroundColor: string };

/** The focused control's ring and the first opaque background it is drawn on. */
function focusRing(): { ring: string; style: string; background: string } {
  const focused = document.activeElement;
  if (!focused) throw new Error('nothing has focus');
  let behind = focused.parentElement;
  while (behind && /rgba\(.*, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
  const style = getComputedStyle(focused);
  return {
    ring: style.outlineColor,
    style: style.outlineStyle,
    background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)',
  };
}

test('the focus ring stands out at least 3:1 from what is around it, in both themes', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const found: string[] = [];
  const judge = async (where: string, theme: Theme) => {
    const ring = await page.evaluate(focusRing);
    const ratio = contrast(ring.ring, ring.background);
    if (ring.style === 'none' || ratio < 3)
      found.push(`${where}, ${theme}: ${ring.style} ${ring.ring} on ${ring.background}, ${ratio.toFixed(2)}:1`);
  };
  // From the keyboard each time, so the ring is the one a keyboard user sees (:focus-visible).
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.getByRole('searchbox', { name: 'Sök i artiklar' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Ny artikel' })).toBeFocused();
    await judge('"Ny artikel"', theme);
    await page.keyboard.press('Shift+Tab');
    await expect(nav(page).getByRole('link', { name: 'Inställningar' })).toBeFocused();
    await judge('the navigation', theme);
  }
  await createArticle(page);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await bodyEditor(page).click();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name: 'Brödtext' })).toBeFocused();
    await judge('the toolbar', theme);
    await page.keyboard.press('Shift+Tab');
    await judge('the field before the toolbar', theme);
  }
  expect(found, found.join('\n')).toEqual([]);
});

test('the conflict notice, the spelling menu and the English interface have no critical or serious axe finding', async ({
  page,
  context,
  spalt,
}) => {
  await openSpalt(page, spalt);
  const id = await createArticle(page);

  // The spelling menu, opened from the keyboard on a word Spalt does not know.
  await bodyEditor(page).click();
  await page.keyboard.type('Hawsho menar att bron behöver lagas.');
  await expect
    .poll(() => page.evaluate<string[]>(`[...(CSS.highlights.get('spalt-spelling') ?? [])].map((range) => range.toString())`))
    .toEqual(['Hawsho']);
  await caretAfter(page, 'Home', '');
  await page.keyboard.press('Shift+Alt+KeyO');
  await expect(page.getByRole('menu', { name: 'Stavning: ”Hawsho”' })).toBeVisible();
  await expectAccessible(page, 'spelling menu');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  // The conflict notice: another tab saved while this one's save was held back.
  const second = await context.newPage();
  await second.goto(`${spalt.origin}/#/article/${id}`);
  await expect(second.getByRole('textbox', { name: 'Rubrik' })).toBeVisible();
  const release = await holdSaves(second);
  await second.getByRole('textbox', { name: 'Rubrik' }).fill('Rubrik från andra fliken');
  await expect(second.getByRole('status')).toHaveText('Sparar…');
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Ingress från första fliken');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT lead FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('Ingress från första fliken');
  release();
  await expect(second.getByRole('alert')).toContainText('Artikeln har ändrats i ett annat fönster');
  await expectAccessible(second, 'conflict notice');
  await second.close();

  // The interface in English: the library, the article and settings.
  await page.getByRole('link', { name: 'Inställningar' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption({ label: 'English' });
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  await expectAccessible(page, 'settings in English');
  await page.getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await expectAccessible(page, 'library in English');
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeVisible();
  await expectAccessible(page, 'article in English');
});
