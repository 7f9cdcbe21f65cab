import { useEffect, useState } from 'react';
import type { DatabaseStatus, RecoveryReport } from '../../shared/database';
import { invoke, onEvent } from '../platform';
import { useT } from '../i18n';
import { afterStart } from '../start/started';

const fileNameOf = (path: string) => path.split(/[\\/]/).pop() ?? path;

function RecoveryResult({ report, damagedFile }: { report: RecoveryReport; damagedFile: string }) {
  const { t } = useT();
  return (
    <>
      <p role="status">{t('database.recovered', { articles: report.articles, file: report.file })}</p>
      <table aria-label={t('database.recoveredTable')}>
        <thead>
          <tr>
            <th scope="col">{t('database.col.table')}</th>
            <th scope="col">{t('database.col.recovered')}</th>
            <th scope="col">{t('database.col.unreadable')}</th>
          </tr>
        </thead>
        <tbody>
          {report.tables
            .filter((table) => table.recovered > 0 || table.unreadable > 0)
            .map((table) => (
              <tr key={table.table}>
                <th scope="row">{table.table}</th>
                <td>{table.recovered}</td>
                <td>{table.unreadable}</td>
              </tr>
            ))}
        </tbody>
      </table>
      <h3>{t('database.switchTitle')}</h3>
      <ol>
        <li>{t('database.switch1')}</li>
        <li>{t('database.switch2', { damaged: fileNameOf(damagedFile) })}</li>
        <li>{t('database.switch3', { fileName: report.fileName })}</li>
        <li>{t('database.switch4')}</li>
      </ol>
    </>
  );
}

/**
 * Shown above every view once the database is found damaged: which file, that nothing more is
 * saved to it, and the offer to recover what can be read into a new file beside it.
 */
export function DatabaseBanner() {
  const { t, errorText } = useT();
  const [status, setStatus] = useState<DatabaseStatus | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const off = onEvent('database.changed', setStatus);
    // Damage found while the page starts arrives as the event; the status is asked for after.
    const cancel = afterStart(() => void invoke('database.status', {}).then(setStatus, () => undefined));
    return () => {
      cancel();
      off();
    };
  }, []);

  if (!status?.damage) return null;
  const recover = () => {
    setRecovering(true);
    setFailure(null);
    invoke('database.recover', {})
      .then(setStatus, setFailure)
      .finally(() => setRecovering(false));
  };
  return (
    <section className="database-damaged" role="alert" aria-labelledby="database-damaged-heading">
      <h2 id="database-damaged-heading">{t('database.damagedTitle')}</h2>
      <p>{t('database.damagedBody', { file: status.file })}</p>
      {status.recovery ? (
        <RecoveryResult report={status.recovery} damagedFile={status.file} />
      ) : (
        <>
          <p>{t('database.recoverHint')}</p>
          <button type="button" className="primary" onClick={recover} disabled={recovering}>
            {t('database.recover')}
          </button>
          {recovering ? <p role="status">{t('database.recovering')}</p> : null}
        </>
      )}
      {failure ? <p className="field-error">{errorText(failure)}</p> : null}
    </section>
  );
}
