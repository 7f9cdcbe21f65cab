import { useState } from 'react';
import type { Site } from '../../../shared/publish/site';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { invoke } from '../../platform';
import type { TestState } from './ConnectionResult';
import { SiteForm } from './SiteForm';
import { SitesTable } from './SitesTable';
import { useSites } from './useSites';
import './sites.css';

/** The WordPress sites Spalt publishes to, their logins, and "Testa anslutningen". */
export function SitesView() {
  const { t, errorText } = useT();
  const { list, error } = useSites();
  const [editing, setEditing] = useState<Site | null>(null);
  // A new key gives the form fresh fields after a save or a switch to another site.
  const [formKey, setFormKey] = useState(0);
  const [removing, setRemoving] = useState<Site | null>(null);
  const [tested, setTested] = useState<{ siteId: string; test: TestState } | null>(null);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  function resetForm(site: Site | null) {
    setEditing(site);
    setFormKey((key) => key + 1);
  }

  function saved(site: Site, typedAddress: string) {
    const normalised = typedAddress.replace(/\/+$/, '') !== site.address;
    setNotice(normalised ? t('sites.savedAs', { name: site.name, address: site.address }) : t('sites.saved', { name: site.name }));
    resetForm(null);
  }

  async function test(site: Site) {
    setTested({ siteId: site.id, test: { state: 'testing' } });
    try {
      const report = await invoke('sites.test', { id: site.id });
      setTested({ siteId: site.id, test: { state: 'done', report } });
    } catch (caught) {
      setTested({ siteId: site.id, test: { state: 'failed', error: caught } });
    }
  }

  async function remove(site: Site) {
    setRemoving(null);
    try {
      await invoke('sites.remove', { id: site.id });
      setNotice(t('sites.removed', { name: site.name }));
      setFailure(null);
      if (editing?.id === site.id) resetForm(null);
    } catch (caught) {
      setFailure(caught);
    }
  }

  const storage = list?.passwordStorage;
  return (
    <section className="sites" aria-labelledby="sites-heading">
      <h1 id="sites-heading">{t('sites.heading')}</h1>
      <p className="hint">{t('sites.intro')}</p>
      {storage?.kind === 'file' ? (
        <aside className="banner" aria-labelledby="sites-file-warning">
          <h2 id="sites-file-warning">{t('sites.fileWarningTitle')}</h2>
          <p>{t('sites.fileWarning', { file: storage.file })}</p>
        </aside>
      ) : null}
      <p className="notice" role="status">
        {notice}
      </p>
      {(failure ?? error) ? <p role="alert">{errorText(failure ?? error)}</p> : null}
      {list && list.sites.length === 0 ? <p className="empty">{t('sites.empty')}</p> : null}
      {list && list.sites.length > 0 ? (
        <SitesTable
          sites={list.sites}
          tested={tested}
          onTest={(site) => void test(site)}
          onEdit={(site) => resetForm(site)}
          onRemove={setRemoving}
        />
      ) : null}
      <SiteForm key={formKey} editing={editing} onSaved={saved} onCancel={() => resetForm(null)} />
      {removing ? (
        <ConfirmDialog
          title={t('sites.removeTitle', { name: removing.name })}
          body={t('sites.removeBody')}
          confirmLabel={t('sites.removeConfirm')}
          cancelLabel={t('sites.cancel')}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
