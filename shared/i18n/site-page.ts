/** The site form's choice of what the site's theme already shows on an article's page. */
export const sitePageSv = {
  'sites.page.legend': 'Visar webbplatsens tema redan …',
  'sites.page.excerpt': 'utdraget (ingressen)',
  'sites.page.featuredImage': 'den utvalda bilden (huvudbilden)',
  'sites.page.help':
    'Det som temat visar själv skriver Spalt inte i inlägget, så att läsarna inte ser det två gånger. Bildtext och fotobyline står alltid under huvudbilden. WordPress standardteman (Twenty Twenty-Three, Twenty Twenty-Five) visar den utvalda bilden men inte utdraget.',
} as const;

export const sitePageEn: Record<keyof typeof sitePageSv, string> = {
  'sites.page.legend': 'Does the site’s theme already show …',
  'sites.page.excerpt': 'the excerpt (the lead)',
  'sites.page.featuredImage': 'the featured image (the main photo)',
  'sites.page.help':
    'What the theme shows itself, Spalt leaves out of the post, so readers do not see it twice. The caption and photo credit always stand under the main photo. WordPress’s default themes (Twenty Twenty-Three, Twenty Twenty-Five) show the featured image but not the excerpt.',
};
