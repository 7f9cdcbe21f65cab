/**
 * axe-core (axe-support.ts) on every view and every dialog, in the light and the dark theme: no
 * critical and no serious violation. Where another spec already reaches a state (the editors'
 * review, a publish done or failed, an import under way, a notice, a refusal), the scan is a step
 * of that test; `grep -l expectAccessible tests/e2e` lists them.
 */
// WordPress suite: one version. The site is only a backdrop (a site to add, a post to
// review); axe reads Spalt's own views and dialogs, the same against any WordPress.

import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { getArticle } from '../../main/db/articles';
import { insertJob, updateJob } from '../../main/db/outbox';
import { draftOf } from '../../main/publish/outbox/view';
import type { Article, ArticleDraft } from '../../shared/article/article';
import { SpaltError } from '../../shared/errors';
import type { Site } from '../../shared/publish/site';
import { body, p } from '../fixtures/seeds/build';
import { expectAccessible, type Theme } from './axe-support';
import { bodyEditor, caretAfter, createArticle, expect, expectSaved, holdSaves, openSpalt, type SpaltServer } from './fixtures';
import { call } from './photos-support';
import { addSite, creditedPhoto, test } from './publish-support';

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
  // Eleven views, each scanned whole in two themes: over 2 minutes on a slow two-core machine.
  test.setTimeout(240_000);
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
  test.setTimeout(180_000);
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
declare function getComputedStyle(element: PageElement): {
  outlineColor: string;
  outlineStyle: string;
  boxShadow: string;
  backgroundColor: string;
};

/**
 * The focused control's ring and the first opaque background it is drawn on. The body's ring is
 * its frame's shadow (the outer one of two), drawn around the frame.
 */
function focusRing(): { ring: string; style: string; background: string } {
  const focused = document.activeElement;
  if (!focused) throw new Error('nothing has focus');
  const style = getComputedStyle(focused);
  const frame = style.outlineStyle === 'none' ? focused.parentElement : null;
  const shadow = frame ? (getComputedStyle(frame).boxShadow.match(/rgba?\([^)]*\)/g) ?? []) : [];
  let behind = (frame ?? focused).parentElement;
  while (behind && /rgba\(.*, 0\)|transparent/.test(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
  return {
    ring: shadow.at(-1) ?? style.outlineColor,
    style: shadow.length > 0 ? 'shadow' : style.outlineStyle,
    background: behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)',
  };
}

test('the focus ring stands out at least 3:1 from what is around it, in both themes', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  const found: string[] = [];
  const judge = async (where: string, theme: Theme) => {
    const ring = await page.evaluate(focusRing);
    const ratio = contrast(ring.ring, ring.background);
    if (ring.style === 'none' || /rgba\(.*, 0\)/.test(ring.ring) || ratio < 3)
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
    await judge('the body', theme);
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
  test.setTimeout(90_000);
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

/** An article as a journalist leaves it ready to publish: a headline, a lead, a byline and the paragraphs. */
const readyDraft = (headline: string, paragraphs: string[]): ArticleDraft => ({
  kind: 'news',
  kicker: '',
  headline,
  lead: 'Trafiken leds om via Saltsjöbron.',
  label: '',
  disclaimer: '',
  sponsor: '',
  bylines: [{ role: 'text', name: 'Alexander Isa', personId: null }],
  mainPhotoId: null,
  body: body(...paragraphs.map((text) => p(text))),
});

/** Nothing listens on the discard port: every request to this site is refused at once, so its jobs wait. */
const unreachableSite = 'http://127.0.0.1:9';

/**
 * Publish jobs as the outbox leaves them in the profile: one stopped at a change made on the site
 * (a post synced before Spalt kept the common ancestor, so each field side by side), and one
 * failed at its check, its article gone to the trash. Written in one transaction, so the outbox
 * never sees them queued.
 */
function storeStoppedJobs(spalt: SpaltServer, siteId: string, conflicted: string, failed: string): void {
  const db = new Database(spalt.databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const at = new Date().toISOString();
    const job = (articleId: string) => {
      const article = getArticle(db, articleId);
      const id = randomUUID();
      insertJob(db, {
        id,
        token: id.replace(/-/g, ''),
        articleId,
        siteId,
        action: 'publish',
        scheduledLocal: null,
        scheduledGmt: null,
        options: { categories: [], newCategories: [], tags: [], slug: null, author: null },
        revision: article.revision,
        draft: draftOf(article),
        createdAt: at,
      });
      return id;
    };
    // Begun immediate: one that reads first and writes after is refused at once, not waited for,
    // when the core writes in between.
    db.transaction(() => {
      updateJob(
        db,
        job(conflicted),
        {
          state: 'conflict',
          step: 'post',
          conflict: {
            postId: 41,
            link: `${unreachableSite}/?p=41`,
            syncedModifiedGmt: '2026-03-02T08:00:00',
            siteModifiedGmt: '2026-03-02T09:30:00',
            changes: [
              { field: 'title', before: 'Simhallen stänger', now: 'Simhallen i Ronna stänger' },
              {
                field: 'content',
                before: '<!-- wp:paragraph --><p>Simhallen stänger för renovering.</p><!-- /wp:paragraph -->',
                now: '<!-- wp:paragraph --><p>Simhallen stänger för en stor renovering.</p><!-- /wp:paragraph -->',
              },
              { field: 'tags', before: '', now: '7' },
            ],
          },
        },
        at,
      );
      updateJob(db, job(failed), { state: 'failed', error: new SpaltError('publish_article_trashed').toValue() }, at);
    }).immediate();
  } finally {
    db.close();
  }
}

test('the questions before cancelling, emptying the trash and restoring, Historik’s changes, the queue, its conflict and a search have no critical or serious axe finding', async ({
  page,
  spalt,
}) => {
  test.setTimeout(90_000);
  await openSpalt(page, spalt);
  const site = await call<Site>(page, spalt, 'sites.save', {
    name: 'Telge Nytt',
    address: unreachableSite,
    username: 'anna',
    password: 'abcd efgh ijkl mnop',
  });
  const create = async (draft: ArticleDraft) => {
    const { id } = await call<Article>(page, spalt, 'articles.create', { kind: 'news' });
    await call(page, spalt, 'articles.save', { id, baseRevision: 0, draft });
    return id;
  };
  // Two saves from no window: two revisions, the second with a headline, words and a paragraph changed.
  const bridge = await create(readyDraft('Bron stängs', ['Bron stängs från fredag kväll.', 'Bussarna går som vanligt.']));
  await call(page, spalt, 'articles.save', {
    id: bridge,
    baseRevision: 1,
    draft: readyDraft('Bron stängs i helgen', ['Bron stängs från fredag kväll till måndag morgon.', 'Trafiken leds om via Saltsjöbron.']),
  });
  const pool = await create(readyDraft('Simhallen i Ronna stänger', ['Simhallen stänger för renovering.']));
  const school = await create(readyDraft('Ny skola i Geneta', ['Skolan får plats för 600 elever.']));
  storeStoppedJobs(spalt, site.id, pool, school);
  await call(page, spalt, 'articles.trash', { id: school });
  // The site cannot be reached: the job waits and tries again.
  await call(page, spalt, 'publish.start', { articleId: bridge, siteId: site.id, action: 'publish' });

  // Historik: the words, the headline and the paragraphs changed, then the question before restoring.
  await page.goto(`${spalt.origin}/#/article/${bridge}`);
  await expect(page.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Bron stängs i helgen');
  await page.getByRole('button', { name: 'Historik' }).click();
  const history = page.getByRole('dialog', { name: 'Historik: Bron stängs i helgen' });
  await expect(history.getByRole('region', { name: 'Brödtext' }).locator('del').first()).toBeVisible();
  await expect(history.getByRole('region', { name: 'Brödtext' }).locator('ins').first()).toBeVisible();
  await expectAccessible(page, 'history with the changes between two revisions');
  await history.getByRole('button', { name: 'Återställ den här versionen' }).click();
  await expect(page.getByRole('alertdialog', { name: /^Återställa versionen från / })).toBeVisible();
  await expectAccessible(page, 'the question before restoring a revision', ['light']);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
  await history.getByRole('button', { name: 'Stäng' }).click();

  // The publish dialog follows the waiting job; the question before cancelling it.
  await page.getByRole('button', { name: 'Publicera', exact: true }).click();
  const publish = page.getByRole('dialog', { name: 'Publicera' });
  await expect(publish.getByRole('region', { name: 'Förlopp' }).getByRole('status')).toContainText(/Väntar på webbplatsen – nytt försök/);
  await expectAccessible(page, 'publish dialog with a waiting job');
  await publish.getByRole('button', { name: 'Avbryt publiceringen' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Avbryta publiceringen av ”Bron stängs i helgen”?' })).toBeVisible();
  await expectAccessible(page, 'the question before cancelling in the publish dialog', ['light']);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Behåll' }).click();
  await publish.getByRole('button', { name: 'Stäng' }).click();

  // The queue with a waiting, a stopped and a failed job; its question, and the conflict side by side.
  await nav(page).getByRole('link', { name: 'Publiceringskö' }).click();
  const jobs = page.getByRole('table', { name: 'Publiceringar' });
  await expect(jobs.getByRole('row', { name: /Simhallen i Ronna stänger/ })).toContainText('Ändrat på webbplatsen');
  await expect(jobs.getByRole('row', { name: /Ny skola i Geneta/ })).toContainText('Artikeln ligger i papperskorgen.');
  await expect(jobs.getByRole('row', { name: /Bron stängs i helgen/ })).toContainText(/Väntar på nytt försök|Pågår/);
  await expectAccessible(page, 'publishing queue with jobs');
  await jobs.getByRole('button', { name: 'Avbryt publiceringen av Bron stängs i helgen' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Avbryta publiceringen av ”Bron stängs i helgen”?' })).toBeVisible();
  await expectAccessible(page, 'the question before cancelling in the queue', ['light']);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Behåll' }).click();
  await jobs.getByRole('button', { name: 'Lös konflikten för Simhallen i Ronna stänger' }).click();
  const conflict = page.getByRole('dialog', { name: 'Lös konflikten' });
  await expect(conflict.getByRole('table', { name: 'Ändringar på webbplatsen' })).toContainText(
    'Simhallen stänger för en stor renovering.',
  );
  await expectAccessible(page, 'the queue’s conflict, each field side by side');
  await conflict.getByRole('button', { name: 'Stäng' }).click();

  // A search: each hit with its words marked in a snippet of its text.
  await nav(page).getByRole('link', { name: 'Artiklar' }).click();
  await page.getByRole('searchbox', { name: 'Sök i artiklar' }).fill('renovering');
  await expect(page.getByRole('row', { name: /Simhallen i Ronna stänger/ }).locator('mark')).toHaveText(['renovering']);
  await expectAccessible(page, 'library with a search’s hits');

  // The trash, and the question before deleting for good.
  await nav(page).getByRole('link', { name: 'Papperskorg' }).click();
  await expect(page.getByRole('row', { name: /Ny skola i Geneta/ })).toBeVisible();
  await page.getByRole('button', { name: 'Töm papperskorgen' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Töm papperskorgen?' })).toBeVisible();
  await expectAccessible(page, 'the question before emptying the trash', ['light']);
});
