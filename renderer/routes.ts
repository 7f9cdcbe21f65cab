import { useEffect, useState } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'trash' }
  | { view: 'settings' }
  | { view: 'people' }
  | { view: 'photos' }
  | { view: 'sites' }
  | { view: 'outbox' }
  | { view: 'review' }
  | { view: 'corrections' }
  | { view: 'article'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const article = /^\/article\/([0-9a-f-]{36})$/i.exec(path);
  if (article?.[1]) return { view: 'article', id: article[1] };
  if (path === '/trash') return { view: 'trash' };
  if (path === '/settings') return { view: 'settings' };
  if (path === '/people') return { view: 'people' };
  if (path === '/photos' || /^\/photos\/[0-9a-f-]{36}$/i.test(path)) return { view: 'photos' };
  if (path === '/sites') return { view: 'sites' };
  if (path === '/outbox') return { view: 'outbox' };
  if (path === '/review') return { view: 'review' };
  if (path === '/corrections') return { view: 'corrections' };
  return { view: 'library' };
}

export function hrefFor(route: Route): string {
  return route.view === 'article' ? `#/article/${route.id}` : route.view === 'library' ? '#/' : `#/${route.view}`;
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
