import { useEffect, useState } from 'react';
import { isAppCommand, type AppCommand } from '../shared/app-commands';
import { browserShortcut, runAppCommand } from './app-commands';
import { useT } from './i18n';
import { invoke, isDesktop, onEvent, sessionId } from './platform';
import { navigate } from './routes';

/** Carries out the desktop menus' commands, and in browser mode their shortcuts; says why when one cannot be. */
export function AppCommands() {
  const { t, errorText } = useT();
  const [notice, setNotice] = useState('');

  useEffect(() => {
    const perform = (command: AppCommand) => {
      setNotice('');
      switch (command) {
        case 'article.new':
          void invoke('articles.create', { kind: 'news', sessionId }).then(
            (article) => navigate({ view: 'article', id: article.id }),
            (error: unknown) => setNotice(errorText(error)),
          );
          return;
        case 'search':
          return runAppCommand('search', () => navigate({ view: 'library' }));
        case 'photos.import':
          return runAppCommand('photos.import', () => navigate({ view: 'photos' }));
        case 'settings':
          return navigate({ view: 'settings' });
        case 'publish':
          return runAppCommand('publish', () => setNotice(t('commands.publishNeedsArticle')), false);
      }
    };
    // What a command said belongs to the view it was said in.
    const forget = () => setNotice('');
    window.addEventListener('hashchange', forget);
    const offMenu = onEvent('app.command', ({ command }) => {
      if (isAppCommand(command)) perform(command);
    });
    // In the desktop app the menus own these keys.
    if (isDesktop) {
      return () => {
        offMenu();
        window.removeEventListener('hashchange', forget);
      };
    }
    const onKey = (event: KeyboardEvent) => {
      const command = browserShortcut(event);
      if (command === null || event.defaultPrevented) return;
      event.preventDefault();
      perform(command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      window.removeEventListener('hashchange', forget);
      window.removeEventListener('keydown', onKey);
    };
  }, [t, errorText]);

  // Only while there is something to say, so the views' own status lines stay the page's only ones.
  return notice === '' ? null : (
    <p className="command-notice" role="status">
      {notice}
    </p>
  );
}
