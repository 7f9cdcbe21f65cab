import { createArticle, expect, holdSaves, openSpalt, savedLine, test } from './fixtures';

test('two tabs editing one article get a conflict message, never a lost edit', async ({ page: first, context, spalt }) => {
  await openSpalt(first, spalt);
  const id = await createArticle(first);
  const second = await context.newPage();
  await second.goto(`${spalt.origin}/#/article/${id}`);
  await expect(second.getByRole('textbox', { name: 'Rubrik' })).toBeVisible();

  // Hold the second tab's save in flight until the first tab has saved.
  const release = await holdSaves(second);
  await second.getByRole('textbox', { name: 'Rubrik' }).fill('Rubrik från andra fliken');
  await expect(second.getByRole('status')).toHaveText('Sparar…');

  await first.getByRole('textbox', { name: 'Ingress' }).fill('Ingress från första fliken');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT lead FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('Ingress från första fliken');

  release();
  const conflict = second.getByRole('alert');
  await expect(conflict).toContainText('Artikeln har ändrats i ett annat fönster');
  await expect(second.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Rubrik från andra fliken');
  expect(spalt.readDatabase((db) => db.prepare('SELECT headline, lead, revision FROM articles WHERE id = ?').get(id))).toEqual({
    headline: '',
    lead: 'Ingress från första fliken',
    revision: 1,
  });

  await conflict.getByRole('button', { name: 'Behåll min version' }).click();
  await expect(savedLine(second)).toBeVisible();
  expect(spalt.readDatabase((db) => db.prepare('SELECT headline, revision FROM articles WHERE id = ?').get(id))).toEqual({
    headline: 'Rubrik från andra fliken',
    revision: 2,
  });
  // The first tab's version is kept in the article's history.
  const history = spalt.readDatabase((db) =>
    db.prepare('SELECT r.draft FROM article_revisions r JOIN articles a ON a.seq = r.article_seq WHERE a.id = ?').pluck().all(id),
  ) as string[];
  expect(history.some((draft) => (JSON.parse(draft) as { lead: string }).lead === 'Ingress från första fliken')).toBe(true);

  // The first tab holds nothing unsaved, so it follows the version that now stands.
  await expect(first.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Rubrik från andra fliken');
});

test('loading the other version replaces this tab’s text only when the user asks', async ({ page: first, context, spalt }) => {
  await openSpalt(first, spalt);
  const id = await createArticle(first);
  const second = await context.newPage();
  await second.goto(`${spalt.origin}/#/article/${id}`);
  const release = await holdSaves(second);
  await second.getByRole('textbox', { name: 'Vinjett' }).fill('DEBATT:');
  await first.getByRole('textbox', { name: 'Vinjett' }).fill('INSÄNDARE:');
  await expect
    .poll(() => spalt.readDatabase((db) => db.prepare('SELECT kicker FROM articles WHERE id = ?').pluck().get(id)))
    .toBe('INSÄNDARE:');
  release();
  await second.getByRole('alert').getByRole('button', { name: 'Läs in den andra versionen' }).click();
  await expect(second.getByRole('textbox', { name: 'Vinjett' })).toHaveValue('INSÄNDARE:');
  await expect(savedLine(second)).toBeVisible();
});
