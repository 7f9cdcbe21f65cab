/**
 * The editors' workflow in Spalt: the review queue ("Att granska"), the workflow panel of an
 * article (its state, withdraw, return with notes), the notes beside their blocks, and the
 * state badges of the library.
 */
import { defineArea } from '../message';

export const review = defineArea({
  'error.review_not_on_site': {
    sv: 'Artikeln finns inte på webbplatsen än. Skicka den till granskning först.',
    en: 'The article is not on the site yet. Submit it for review first.',
  },
});
