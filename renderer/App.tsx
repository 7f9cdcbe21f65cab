import { lazy, Suspense, useEffect, useState } from 'react';
import type { Settings } from '../shared/api';
import { invoke, onEvent, onReconnected } from './platform';
import { AppCommands } from './AppCommands';
import { ConnectionNotice } from './components/ConnectionNotice';
import { LanguageProvider, useT } from './i18n';
import { hrefFor, parseRoute, useRoute, type Route } from './routes';
import { ArticleView } from './views/article/ArticleView';
import { useWakeOnline } from './views/publish/useWakeOnline';
import { SettingsProvider } from './settings';
import { DatabaseBanner } from './views/DatabaseBanner';
import { ReviewNavItem } from './views/review/ReviewNavItem';
import { markStarted } from './start/started';
import { spelling } from './proofing/spelling-client';
import { placedAtOnce, settingsAtStart, settingsInPage, whereToStart } from './start/left-off';

// The article view is the page's start; every other view is a file of its own, fetched when
// first shown, so the start parses none of them.
const loadLibrary = () => import('./views/library/LibraryView');
const LibraryView = lazy(() => loadLibrary().then((m) => ({ default: m.LibraryView })));
const TrashView = lazy(() => import('./views/library/TrashView').then((m) => ({ default: m.TrashView })));
const SettingsView = lazy(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })));
const PeopleView = lazy(() => import('./views/PeopleView').then((m) => ({ default: m.PeopleView })));
const PhotoLibraryView = lazy(() => import('./views/photos/PhotoLibraryView').then((m) => ({ default: m.PhotoLibraryView })));
const SitesView = lazy(() => import('./views/sites/SitesView').then((m) => ({ default: m.SitesView })));
const ReviewQueueView = lazy(() => import('./views/review/ReviewQueueView').then((m) => ({ default: m.ReviewQueueView })));
const OutboxView = lazy(() => import('./views/publish/OutboxView').then((m) => ({ default: m.OutboxView })));
const CorrectionsView = lazy(() => import('./views/corrections/CorrectionsView').then((m) => ({ default: m.CorrectionsView })));

// Opening at the library (nothing left off), its file is fetched beside the settings.
void whereToStart.then(() => {
  if (parseRoute(window.location.hash).view === 'library') void loadLibrary();
});

function Navigation({ route }: { route: Route }) {
  const { t } = useT();
  const items = [
    { route: { view: 'library' }, label: t('nav.library') },
    { route: { view: 'photos' }, label: t('nav.photos') },
    { route: { view: 'people' }, label: t('nav.people') },
    { route: { view: 'sites' }, label: t('nav.sites') },
    { route: { view: 'outbox' }, label: t('nav.outbox') },
    { route: { view: 'corrections' }, label: t('nav.corrections') },
    { route: { view: 'trash' }, label: t('nav.trash') },
    { route: { view: 'settings' }, label: t('nav.settings') },
  ] as const;
  return (
    <nav className="app-nav" aria-label={t('nav.main')}>
      <span className="app-name">{t('app.name')}</span>
      {items.map((item) => (
        <a key={item.route.view} href={hrefFor(item.route)} aria-current={route.view === item.route.view ? 'page' : undefined}>
          {item.label}
        </a>
      ))}
      <ReviewNavItem route={route} />
    </nav>
  );
}

/** A view other than the article's is usable as soon as it is shown. */
function Started() {
  useEffect(markStarted, []);
  return null;
}

function CurrentView({ route, settings, onSettings }: { route: Route; settings: Settings; onSettings: (s: Settings) => void }) {
  if (route.view === 'article') return <ArticleView key={route.id} id={route.id} />;
  return (
    <Suspense fallback={null}>
      <OtherView route={route} settings={settings} onSettings={onSettings} />
      <Started />
    </Suspense>
  );
}

function OtherView({
  route,
  settings,
  onSettings,
}: {
  route: Exclude<Route, { view: 'article' }>;
  settings: Settings;
  onSettings: (s: Settings) => void;
}) {
  switch (route.view) {
    case 'trash':
      return <TrashView />;
    case 'people':
      return <PeopleView />;
    case 'photos':
      return <PhotoLibraryView />;
    case 'sites':
      return <SitesView />;
    case 'outbox':
      return <OutboxView />;
    case 'review':
      return <ReviewQueueView />;
    case 'corrections':
      return <CorrectionsView />;
    case 'settings':
      return <SettingsView settings={settings} onChange={onSettings} />;
    default:
      return <LibraryView />;
  }
}

/** The views, once the page knows where it starts (useRoute reads the address as it is then). */
function Shell({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const route = useRoute();
  return (
    <div className="app">
      <Navigation route={route} />
      <main className="app-main">
        <DatabaseBanner />
        <AppCommands />
        <CurrentView route={route} settings={settings} onSettings={onSettings} />
      </main>
    </div>
  );
}

export function App() {
  // With the start's answers in the page, the first render is already the view it opens.
  const [settings, setSettings] = useState<Settings | null>(settingsInPage);
  const [placed, setPlaced] = useState(placedAtOnce);
  useWakeOnline();

  useEffect(() => {
    if (!placedAtOnce) void whereToStart.then(() => setPlaced(true));
  }, []);

  useEffect(() => {
    // Without an answer the page waits, saying why, and reads them when the core is back.
    const read = () => void invoke('settings.get', {}).then(setSettings, () => undefined);
    if (!settingsInPage) void settingsAtStart.then(setSettings, read);
    const offChanged = onEvent('settings.changed', setSettings);
    const offReconnected = onReconnected(read);
    return () => {
      offChanged();
      offReconnected();
    };
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);

  useEffect(() => {
    // The dictionary loads in the spelling worker once the page is idle, off the start's path,
    // so an article opened from the library is checked without waiting for it.
    const idle = requestIdleCallback(() => spelling.loadDictionary(), { timeout: 5_000 });
    return () => cancelIdleCallback(idle);
  }, []);

  return (
    <LanguageProvider language={settings?.language ?? 'sv'}>
      <ConnectionNotice />
      {settings && placed && (
        <SettingsProvider value={settings}>
          <Shell settings={settings} onSettings={setSettings} />
        </SettingsProvider>
      )}
    </LanguageProvider>
  );
}
