/**
 * The terms step: categories chosen by id go as they are; new categories and every tag are
 * asked for by name. Creating a term that exists answers with the existing one (WordPress's
 * term_exists), so a repeated or half-answered request never makes a second term.
 */
import type { JobContext } from './context';

export async function termsStep(ctx: JobContext): Promise<void> {
  const { options } = ctx.job;
  const categories = [...options.categories];
  for (const name of options.newCategories) {
    const term = await ctx.send('term.create', () => ctx.client.createCategory(name));
    ctx.alive();
    categories.push(term.id);
  }
  const tags: number[] = [];
  for (const name of options.tags) {
    const term = await ctx.send('term.create', () => ctx.client.createTag(name));
    ctx.alive();
    tags.push(term.id);
  }
  ctx.save({ terms: { categories: [...new Set(categories)], tags: [...new Set(tags)] } }, { quiet: true });
}
