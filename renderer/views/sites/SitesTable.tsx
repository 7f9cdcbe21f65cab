import { Fragment } from 'react';
import type { Site } from '../../../shared/publish/site';
import { useT } from '../../i18n';
import { ConnectionResult, type TestState } from './ConnectionResult';
import { useRoleName } from './roleName';

interface SitesTableProps {
  sites: Site[];
  tested: { siteId: string; test: TestState } | null;
  onTest: (site: Site) => void;
  onEdit: (site: Site) => void;
  onRemove: (site: Site) => void;
}

export function SitesTable({ sites, tested, onTest, onEdit, onRemove }: SitesTableProps) {
  const { t } = useT();
  return (
    <table className="article-table sites-table" aria-label={t('sites.table')}>
      <thead>
        <tr>
          <th scope="col">{t('sites.col.name')}</th>
          <th scope="col">{t('sites.col.address')}</th>
          <th scope="col">{t('sites.col.username')}</th>
          <th scope="col">{t('sites.col.check')}</th>
          <th scope="col">{t('sites.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((site) => (
          <Fragment key={site.id}>
            <tr>
              <th scope="row">{site.name}</th>
              <td>{site.address}</td>
              <td>{site.username}</td>
              <td>
                <LastCheck site={site} />
              </td>
              <td>
                <div className="site-actions">
                  <button type="button" aria-label={t('sites.testSite', { name: site.name })} onClick={() => onTest(site)}>
                    {t('sites.testShort')}
                  </button>
                  <button type="button" aria-label={t('sites.editSite', { name: site.name })} onClick={() => onEdit(site)}>
                    {t('sites.editShort')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('sites.removeSite', { name: site.name })}
                    onClick={() => onRemove(site)}
                  >
                    {t('sites.removeShort')}
                  </button>
                </div>
              </td>
            </tr>
            {tested?.siteId === site.id ? (
              <tr className="site-test-row">
                <td colSpan={5}>
                  <ConnectionResult test={tested.test} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function LastCheck({ site }: { site: Site }) {
  const { t, dateTime } = useT();
  const roleName = useRoleName();
  const check = site.lastCheck;
  if (!check) return <span className="muted">{t('sites.neverChecked')}</span>;
  if (!check.ok) return <span className="check-failed">{t('sites.checkFailed', { when: dateTime(check.at) })}</span>;
  return (
    <span className="check-ok">
      {t('sites.checkOk', { when: dateTime(check.at) })} · {roleName(check.report.role)}
    </span>
  );
}
