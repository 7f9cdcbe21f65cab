import { useEffect, useState } from 'react';
import type { Settings } from '../shared/api';
import { invoke, onEvent, onReconnected } from './platform';
import { ConnectionNotice } from './components/ConnectionNotice';
import { LanguageProvider, useT } from './i18n';
import { hrefFor, useRoute, type Route } from './routes';
import { LibraryView } from './views/library/LibraryView';
import { TrashView } from './views/library/TrashView';
import { ArticleView } from './views/article/ArticleView';
import { SettingsView } from './views/SettingsView';
import { PeopleView } from './views/PeopleView';
import { PhotoLibraryView } from './views/photos/PhotoLibraryView';
import { SitesView } from './views/sites/SitesView';
import { OutboxView } from './views/publish/OutboxView';
import { useWakeOnline } from './views/publish/useWakeOnline';
import { SettingsProvider } from './settings';
import { DatabaseBanner } from './views/DatabaseBanner';

function Navigation({ route }: { route: Route }) {
  const { t } = useT();
  const items = [
    { route: { view: 'library' }, label: t('nav.library') },
    { route: { view: 'photos' }, label: t('nav.photos') },
    { route: { view: 'people' }, label: t('nav.people') },
    { route: { view: 'sites' }, label: t('nav.sites') },
    { route: { view: 'outbox' }, label: t('nav.outbox') },
    { route: { view: 'trash' }, label: t('nav.trash') },
    { route: { view: 'settings' }, label: t('nav.settings') },
  ] as const;
  return (
    <nav className="app-nav" aria-label={t('nav.main')}>
      <span className="app-name">{t('app.name')}</span>
      {items.map((item) => (
        <a
          key={item.route.view}
          href={hrefFor(item.route)}
          aria-current={route.view === item.route.view ? 'page' : undefined}
        >
          {item.label}
        </a>
      ))}
    </nav>
  );
}

function CurrentView({ route, settings, onSettings }: { route: Route; settings: Settings; onSettings: (s: Settings) => void }) {
  switch (route.view) {
    case 'article':
      return <ArticleView key={route.id} id={route.id} />;
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
    case 'settings':
      return <SettingsView settings={settings} onChange={onSettings} />;
    default:
      return <LibraryView />;
  }
}

export function App() {
  const route = useRoute();
  const [settings, setSettings] = useState<Settings | null>(null);
  useWakeOnline();

  useEffect(() => {
    // Without an answer the page waits, saying why, and reads them when the core is back.
    const read = () => void invoke('settings.get', {}).then(setSettings, () => undefined);
    read();
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

  return (
    <LanguageProvider language={settings?.language ?? 'sv'}>
      <ConnectionNotice />
      {settings && (
        <SettingsProvider value={settings}>
          <div className="app">
            <Navigation route={route} />
            <main className="app-main">
              <DatabaseBanner />
              <CurrentView route={route} settings={settings} onSettings={setSettings} />
            </main>
          </div>
        </SettingsProvider>
      )}
    </LanguageProvider>
  );
}
