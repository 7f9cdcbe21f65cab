import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../../renderer/routes';

const article = '0b6e6f3a-8c1d-4d8e-9f2a-5c7b1e3d9a40';

describe('routes', () => {
  it('gives every view an address that leads back to it', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'trash' },
      { view: 'settings' },
      { view: 'people' },
      { view: 'photos' },
      { view: 'sites' },
      { view: 'outbox' },
      { view: 'article', id: article },
    ];
    expect(routes.map(hrefFor)).toEqual([
      '#/',
      '#/trash',
      '#/settings',
      '#/people',
      '#/photos',
      '#/sites',
      '#/outbox',
      `#/article/${article}`,
    ]);
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('opens an article by its id, in either case', () => {
    expect(parseRoute(`#/article/${article.toUpperCase()}`)).toEqual({ view: 'article', id: article.toUpperCase() });
  });

  it('opens the photo library for a photo’s own address', () => {
    expect(parseRoute(`#/photos/${article}`)).toEqual({ view: 'photos' });
  });

  it('falls back to the library for an empty, unknown or malformed address', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/okänt',
      '#/trash/',
      '#/article/',
      '#/article/123',
      `#/article/${article}/mer`,
      `#/photos/${article}x`,
      'trash',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ view: 'library' });
    }
  });
});
