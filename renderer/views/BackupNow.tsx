import { useState } from 'react';
import { formatBytes } from '../photos/photo-text';
import { useT } from '../i18n';
import { invoke } from '../platform';

/** Inställningar: "Säkerhetskopiera nu", a copy of the database and photos/ made while Spalt runs. */
export function BackupNow() {
  const { t, errorText, language } = useT();
  const [running, setRunning] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  async function backUp() {
    setRunning(true);
    setNotice('');
    setFailure(null);
    try {
      const made = await invoke('database.backup', {});
      setNotice(t('backup.done', { folder: made.folder, size: formatBytes(made.bytes, language), photoFiles: made.photoFiles }));
    } catch (caught) {
      setFailure(caught);
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>{t('backup.explain')}</p>
      <button type="button" disabled={running} onClick={() => void backUp()}>
        {running ? t('backup.running') : t('backup.now')}
      </button>
      {/* Only while it has something to say: the settings view's own notice is its other status. */}
      {notice ? <p role="status">{notice}</p> : null}
      {failure ? <p role="alert">{errorText(failure)}</p> : null}
    </section>
  );
}
