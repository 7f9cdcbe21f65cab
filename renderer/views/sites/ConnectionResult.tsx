import { capabilityNames, type ConnectionReport } from '../../../shared/publish/site';
import { builtKey, useT } from '../../i18n';
import { useRoleName } from './roleName';

export type TestState =
  { state: 'idle' } | { state: 'testing' } | { state: 'done'; report: ConnectionReport } | { state: 'failed'; error: unknown };

/** What "Testa anslutningen" found: who is logged in, with which role and what it may do. */
export function ConnectionResult({ test }: { test: TestState }) {
  const { t, errorText } = useT();
  const roleName = useRoleName();
  if (test.state === 'idle') return null;
  if (test.state === 'testing') {
    return (
      <p className="connection-result" role="status">
        {t('sites.testing')}
      </p>
    );
  }
  if (test.state === 'failed') {
    return (
      <p className="connection-result connection-failed" role="alert">
        {errorText(test.error)}
      </p>
    );
  }
  const { report } = test;
  const role = roleName(report.role);
  return (
    <section className="connection-result connection-ok" aria-label={t('sites.testResult')}>
      <p role="status" className="connection-user">
        {t('sites.loggedInAs', { name: report.user.name || report.user.username, role })}
      </p>
      {report.siteName ? <p className="hint">{t('sites.siteName', { site: report.siteName })}</p> : null}
      <ul className="capabilities">
        {capabilityNames.map((name) => {
          const may = report.capabilities[name];
          const what = t(builtKey('sites.cap.', name));
          const text = may === null ? t('sites.capUnknown', { what }) : t(may ? 'sites.capYes' : 'sites.capNo', { what });
          return (
            <li key={name} className={may === null ? 'cap-unknown' : may ? 'cap-yes' : 'cap-no'}>
              <span aria-hidden="true">{may === null ? '?' : may ? '✓' : '✗'}</span> {text}
            </li>
          );
        })}
      </ul>
      {report.capabilities.publishPosts === false ? <p className="hint">{t('sites.reviewNote', { role })}</p> : null}
      <p className="hint">{report.capabilitiesFrom === 'site' ? t('sites.capsFromSite') : t('sites.capsFromRole', { role })}</p>
    </section>
  );
}
