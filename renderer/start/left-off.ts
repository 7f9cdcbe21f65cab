/**
 * Where the page opens. Opened from nothing (the address Spalt printed), it opens where the
 * journalist left off: the article open last, the caret where they last wrote in it. Reloaded
 * at that article, it puts the caret there too.
 *
 * What the start needs (the settings, where the journalist left off with that article) comes
 * in the page itself in browser mode (main/server/start-data.ts): then the first render is
 * already the article with its caret. Without it (the desktop app), it is asked for as this
 * module loads, all at once, with the article in the address if there is one; nothing else
 * is asked for until the page has started.
 */
import type { Input, Outputs, Result, Settings } from '../../shared/api';
import type { Article } from '../../shared/article/article';
import type { BodyPlace, Resumption } from '../../shared/article/left-off';
import { SpaltError } from '../../shared/errors';
import { fromWireJson } from '../../shared/wire';
import { invoke } from '../platform';
import { hrefFor, parseRoute } from '../routes';

type StartOperation = 'settings.get' | 'resume.get';

/** The answers the page came with, if any (the desktop app's page comes with none). */
function answersInPage(): Partial<Record<StartOperation, Result<unknown>>> {
  const text = document.getElementById('spalt-start')?.textContent;
  if (!text) return {};
  try {
    return fromWireJson(text) as Partial<Record<StartOperation, Result<unknown>>>;
  } catch {
    return {};
  }
}

const inPage = answersInPage();

function startAnswer<K extends StartOperation>(name: K): Promise<Outputs[K]> {
  const answer = inPage[name] as Result<Outputs[K]> | undefined;
  if (!answer) return invoke(name, {} as Input<K>);
  return answer.ok ? Promise.resolve(answer.value) : Promise.reject(SpaltError.fromValue(answer.error));
}

function valueInPage<K extends StartOperation>(name: K): Outputs[K] | undefined {
  const answer = inPage[name] as Result<Outputs[K]> | undefined;
  return answer?.ok ? answer.value : undefined;
}

const hash = window.location.hash;
const route = parseRoute(hash);
const fromNothing = hash === '' || hash === '#';

/** The settings the page came with, for the first render; null when they must be asked for. */
export const settingsInPage: Settings | null = valueInPage('settings.get') ?? null;

/** The settings as the page starts; the app reads them from here when the page has none. */
export const settingsAtStart: Promise<Settings> = startAnswer('settings.get');
settingsAtStart.catch(() => undefined);

type Held<T> = { id: string; value: T } | null;
let startArticle: Held<Promise<Article>> = null;
let startArticleNow: Held<Article> = null;
let startPlace: Held<BodyPlace | 'end'> = null;

if (route.view === 'article' && !(valueInPage('resume.get')?.article.id === route.id)) {
  const article = invoke('articles.get', { id: route.id });
  article.catch(() => undefined);
  startArticle = { id: route.id, value: article };
}

function placeStart(resumed: Resumption | null): void {
  if (!resumed) return;
  const { article, place } = resumed;
  if (fromNothing && window.location.hash === hash) {
    // In place of the empty address, so Back does not lead to a page that opens the article again.
    window.history.replaceState(null, '', hrefFor({ view: 'article', id: article.id }));
  }
  if (parseRoute(window.location.hash).view === 'article') startArticleNow = { id: article.id, value: article };
  startPlace = { id: article.id, value: place ?? 'end' };
}

const resumedInPage = valueInPage('resume.get');
/** Whether the page already knows where it starts (the answer came in the page). */
export const placedAtOnce = resumedInPage !== undefined || !(fromNothing || route.view === 'article');
if (resumedInPage !== undefined) placeStart(resumedInPage);

/** Resolves once the page's route is settled (the left-off article put in the address, when it opens there). */
export const whereToStart: Promise<void> = placedAtOnce ? Promise.resolve() : startAnswer('resume.get').then(placeStart, () => undefined);

/** The article read as the page started, once, if it is this one: at once, or as a promise. */
export function takeStartArticle(id: string): Article | Promise<Article> | null {
  const now = startArticleNow;
  const later = startArticle;
  startArticleNow = null;
  startArticle = null;
  if (now?.id === id) return now.value;
  return later?.id === id ? later.value : null;
}

/**
 * Where to put the caret in the first article the page shows, if it is the one left off:
 * where the journalist last wrote, or the end of the body when they had not written in it.
 * Once: an article opened later takes no caret of its own.
 */
export function takeStartPlace(id: string): BodyPlace | 'end' | null {
  const taken = startPlace;
  startPlace = null;
  return taken?.id === id ? taken.value : null;
}
