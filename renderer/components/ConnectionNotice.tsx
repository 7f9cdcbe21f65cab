import { useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { connection } from '../platform';

/**
 * Says at the top of every view when the core stops answering ("Spalt svarar inte") or came
 * back under a new start, and what to do; gone again as soon as the core answers this page.
 */
export function ConnectionNotice() {
  const { t } = useT();
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  if (state === 'connected') return null;
  const lost = state === 'lost';
  return (
    <section className="connection-notice" role="alert" aria-labelledby="connection-notice-title">
      <h2 id="connection-notice-title">{t(lost ? 'connection.lostTitle' : 'connection.replacedTitle')}</h2>
      <p>{t(lost ? 'connection.lostBody' : 'connection.replacedBody')}</p>
    </section>
  );
}
