/**
 * Date fields read and take the Swedish forms (2026-12-07) whatever the browser's locale, and
 * say in words how to write what they cannot read. The browser here runs in American English,
 * whose native date field would show 12/07/2026.
 */
import { newsroomDate, newsroomMonthStart } from '../../shared/format/date';
import { expectAccessible } from './axe-support';
import { expect, openSpalt, test } from './fixtures';

test.use({ locale: 'en-US' });

test('the corrections period is shown and typed as 2026-12-07, and a date it cannot read is refused in words', async ({ page, spalt }) => {
  await openSpalt(page, spalt);
  await page.getByRole('link', { name: 'Rättelser' }).click();
  const period = page.getByRole('form', { name: 'Period' });
  const from = period.getByRole('textbox', { name: 'Från och med' });
  const to = period.getByRole('textbox', { name: 'Till och med' });
  await expect(from).toHaveValue(newsroomMonthStart(Date.now()));
  await expect(to).toHaveValue(newsroomDate(Date.now()));

  // The American form is not taken: the field says how to write it, and nothing is exported.
  await from.fill('12/07/2026');
  await to.click();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription('”12/07/2026” är inget datum. Skriv år-månad-dag, till exempel 2026-12-07.');
  await expect(period.getByRole('button', { name: 'Exportera CSV' })).toBeDisabled();
  await expectAccessible(page, 'the corrections period refusing a date it cannot read', ['light']);

  // A short form is read and written out in full when the field is left.
  const year = newsroomDate(Date.now()).slice(0, 4);
  await from.fill(`${year}-1-5`);
  await to.click();
  await expect(from).toHaveValue(`${year}-01-05`);
  await expect(from).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('är inget datum')).toHaveCount(0);
  await expect(period.getByRole('button', { name: 'Exportera CSV' })).toBeEnabled();
});
